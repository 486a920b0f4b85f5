// `rem`: cmd.exe hands it the words as typed and it reads them itself; `rem /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rem',
  style: 'cmd',
  synopsis: 'REM [comment]',
  summary: 'Records comments (remarks) in a batch file or CONFIG.SYS.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
