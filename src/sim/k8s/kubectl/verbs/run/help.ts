// The help texts of kubectl run and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as runHelp } from './run.help';

export const HELP: Record<string, HelpText> = {
  "run": runHelp,
};
