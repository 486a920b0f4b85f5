// The help texts of kubectl get and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as getHelp } from './get.help';

export const HELP: Record<string, HelpText> = {
  "get": getHelp,
};
