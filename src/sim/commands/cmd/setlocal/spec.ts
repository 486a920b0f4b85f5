// `setlocal`: cmd.exe hands it the words as typed and it reads them itself; `setlocal /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'setlocal',
  style: 'cmd',
  synopsis: 'SETLOCAL',
  summary: 'Begins localization of environment changes in a batch file.  Environment',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
