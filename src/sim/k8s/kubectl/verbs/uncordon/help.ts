// The help texts of kubectl uncordon and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as uncordonHelp } from './uncordon.help';

export const HELP: Record<string, HelpText> = {
  "uncordon": uncordonHelp,
};
