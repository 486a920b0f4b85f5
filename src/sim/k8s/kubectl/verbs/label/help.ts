// The help texts of kubectl label and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as labelHelp } from './label.help';

export const HELP: Record<string, HelpText> = {
  "label": labelHelp,
};
