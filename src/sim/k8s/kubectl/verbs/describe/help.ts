// The help texts of kubectl describe and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as describeHelp } from './describe.help';

export const HELP: Record<string, HelpText> = {
  "describe": describeHelp,
};
