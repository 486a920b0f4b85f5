// The help texts of kubectl plugin and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as pluginHelp } from './plugin.help';
import { help as listHelp } from './list.help';

export const HELP: Record<string, HelpText> = {
  "plugin": pluginHelp,
  "plugin list": listHelp,
};
