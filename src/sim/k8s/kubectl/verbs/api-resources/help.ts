// The help texts of kubectl api-resources and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as apiResourcesHelp } from './api-resources.help';

export const HELP: Record<string, HelpText> = {
  "api-resources": apiResourcesHelp,
};
