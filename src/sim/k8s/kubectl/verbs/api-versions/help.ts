// The help texts of kubectl api-versions and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as apiVersionsHelp } from './api-versions.help';

export const HELP: Record<string, HelpText> = {
  "api-versions": apiVersionsHelp,
};
