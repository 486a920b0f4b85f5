// The help texts of kubectl taint and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as taintHelp } from './taint.help';

export const HELP: Record<string, HelpText> = {
  "taint": taintHelp,
};
