// The help texts of kubectl diff and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as diffHelp } from './diff.help';

export const HELP: Record<string, HelpText> = {
  "diff": diffHelp,
};
