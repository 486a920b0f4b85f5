// The help texts of kubectl edit and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as editHelp } from './edit.help';

export const HELP: Record<string, HelpText> = {
  "edit": editHelp,
};
