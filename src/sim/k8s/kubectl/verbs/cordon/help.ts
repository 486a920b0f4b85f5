// The help texts of kubectl cordon and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as cordonHelp } from './cordon.help';

export const HELP: Record<string, HelpText> = {
  "cordon": cordonHelp,
};
