// The help texts of kubectl auth and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as authHelp } from './auth.help';
import { help as canIHelp } from './can-i.help';
import { help as reconcileHelp } from './reconcile.help';
import { help as whoamiHelp } from './whoami.help';

export const HELP: Record<string, HelpText> = {
  "auth": authHelp,
  "auth can-i": canIHelp,
  "auth reconcile": reconcileHelp,
  "auth whoami": whoamiHelp,
};
