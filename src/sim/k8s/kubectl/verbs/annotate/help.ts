// The help texts of kubectl annotate and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as annotateHelp } from './annotate.help';

export const HELP: Record<string, HelpText> = {
  "annotate": annotateHelp,
};
