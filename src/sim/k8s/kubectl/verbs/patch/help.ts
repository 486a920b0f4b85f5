// The help texts of kubectl patch and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as patchHelp } from './patch.help';

export const HELP: Record<string, HelpText> = {
  "patch": patchHelp,
};
