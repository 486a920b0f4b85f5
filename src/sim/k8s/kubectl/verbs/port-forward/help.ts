// The help texts of kubectl port-forward and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as portForwardHelp } from './port-forward.help';

export const HELP: Record<string, HelpText> = {
  "port-forward": portForwardHelp,
};
