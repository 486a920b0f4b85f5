// The help texts of kubectl drain and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as drainHelp } from './drain.help';

export const HELP: Record<string, HelpText> = {
  "drain": drainHelp,
};
