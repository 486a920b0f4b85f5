// The help texts of kubectl expose and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as exposeHelp } from './expose.help';

export const HELP: Record<string, HelpText> = {
  "expose": exposeHelp,
};
