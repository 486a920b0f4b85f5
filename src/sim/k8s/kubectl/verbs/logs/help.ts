// The help texts of kubectl logs and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as logsHelp } from './logs.help';

export const HELP: Record<string, HelpText> = {
  "logs": logsHelp,
};
