// `ver`: cmd.exe hands it the words as typed and it reads them itself; `ver /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ver',
  style: 'cmd',
  synopsis: 'VER',
  summary: 'Displays the Windows version.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
