// The help texts of kubectl explain and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as explainHelp } from './explain.help';

export const HELP: Record<string, HelpText> = {
  "explain": explainHelp,
};
