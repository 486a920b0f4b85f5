// `endlocal`: cmd.exe hands it the words as typed and it reads them itself; `endlocal /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'endlocal',
  style: 'cmd',
  synopsis: 'ENDLOCAL',
  summary: 'Ends localization of environment changes in a batch file.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
