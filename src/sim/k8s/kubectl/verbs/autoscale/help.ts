// The help texts of kubectl autoscale and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as autoscaleHelp } from './autoscale.help';

export const HELP: Record<string, HelpText> = {
  "autoscale": autoscaleHelp,
};
