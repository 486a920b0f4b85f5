// The help texts of kubectl version and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as versionHelp } from './version.help';

export const HELP: Record<string, HelpText> = {
  "version": versionHelp,
};
