// The help texts of kubectl wait and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as waitHelp } from './wait.help';

export const HELP: Record<string, HelpText> = {
  "wait": waitHelp,
};
