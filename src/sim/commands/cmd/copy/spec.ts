// `copy`: cmd.exe hands it the words as typed and it reads them itself; `copy /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'copy',
  style: 'cmd',
  synopsis: 'COPY [/D] [/V] [/N] [/Y | /-Y] [/Z] [/L] [/A | /B ] source [/A | /B]',
  summary: 'Copies one or more files to another location.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
