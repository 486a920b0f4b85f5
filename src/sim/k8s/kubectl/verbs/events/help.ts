// The help texts of kubectl events and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as eventsHelp } from './events.help';

export const HELP: Record<string, HelpText> = {
  "events": eventsHelp,
};
