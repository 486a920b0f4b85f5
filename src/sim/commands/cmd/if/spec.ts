// `if`: cmd.exe hands it the words as typed and it reads them itself; `if /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'if',
  style: 'cmd',
  synopsis: 'IF [NOT] ERRORLEVEL number command',
  summary: 'Performs conditional processing in batch programs.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
