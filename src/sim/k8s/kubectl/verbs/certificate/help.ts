// The help texts of kubectl certificate and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as certificateHelp } from './certificate.help';
import { help as approveHelp } from './approve.help';
import { help as denyHelp } from './deny.help';

export const HELP: Record<string, HelpText> = {
  "certificate": certificateHelp,
  "certificate approve": approveHelp,
  "certificate deny": denyHelp,
};
