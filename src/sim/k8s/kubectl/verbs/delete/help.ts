// The help texts of kubectl delete and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as deleteHelp } from './delete.help';

export const HELP: Record<string, HelpText> = {
  "delete": deleteHelp,
};
