// `where`: its switches as data; `where /?` loads help.ts; a switch it does not know is where.exe's own error.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'where',
  style: 'cmd',
  synopsis: 'WHERE [/R dir] [/Q] [/F] [/T] pattern...',
  summary: 'Displays the location of files that match the search pattern.',
  flags: [{ short: 'R' }, { short: 'Q' }, { short: 'F' }, { short: 'T' }],
  onError: (e) => ({ stderr: `ERROR: Invalid argument or option - '/${e.option ?? ''}'.\nType "WHERE /?" for usage help.\n`, status: 2 }),
  help: () => import('./help').then((m) => m.default),
};
