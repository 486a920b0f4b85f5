// `tasklist`: its switches as data (a value follows /FO and /FI as the next word); `tasklist /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'tasklist',
  style: 'cmd',
  synopsis: 'TASKLIST [/S system [/U username [/P [password]]]] [/M [module] | /SVC | /V] [/FI filter] [/FO format] [/NH]',
  summary: 'Displays the processes running on the host.',
  flags: [{ short: 'FO' }, { short: 'FI' }, { short: 'NH' }],
  onError: (e) => ({ stderr: `ERROR: Invalid argument/option - '/${e.option ?? ''}'.\nType "TASKLIST /?" for usage.\n`, status: 1 }),
  help: () => import('./help').then((m) => m.default),
};
