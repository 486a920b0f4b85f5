// The help texts of kubectl exec and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as execHelp } from './exec.help';

export const HELP: Record<string, HelpText> = {
  "exec": execHelp,
};
