// The help texts of kubectl attach and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as attachHelp } from './attach.help';

export const HELP: Record<string, HelpText> = {
  "attach": attachHelp,
};
