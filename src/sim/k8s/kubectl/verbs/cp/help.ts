// The help texts of kubectl cp and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as cpHelp } from './cp.help';

export const HELP: Record<string, HelpText> = {
  "cp": cpHelp,
};
