// The help texts of kubectl completion and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as completionHelp } from './completion.help';

export const HELP: Record<string, HelpText> = {
  "completion": completionHelp,
};
