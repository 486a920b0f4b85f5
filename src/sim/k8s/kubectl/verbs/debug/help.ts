// The help texts of kubectl debug and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as debugHelp } from './debug.help';

export const HELP: Record<string, HelpText> = {
  "debug": debugHelp,
};
