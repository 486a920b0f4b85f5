// The help texts of kubectl scale and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as scaleHelp } from './scale.help';

export const HELP: Record<string, HelpText> = {
  "scale": scaleHelp,
};
