// `hostname` (hostname.exe) prints the name and takes no arguments; `hostname /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

const REFUSED = { stderr: 'sethostname: Use the Network Control Panel Applet to set hostname.\n', status: 1 };

export const spec: CommandSpec = {
  name: 'hostname',
  style: 'cmd',
  synopsis: 'hostname',
  summary: 'Prints the name of the current host.',
  onError: () => REFUSED,
  help: () => import('./help').then((m) => m.default),
};
