// The help texts of kubectl replace and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as replaceHelp } from './replace.help';

export const HELP: Record<string, HelpText> = {
  "replace": replaceHelp,
};
