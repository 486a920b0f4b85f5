// `findstr`: cmd.exe hands it the words as typed and it reads them itself; `findstr /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'findstr',
  style: 'cmd',
  synopsis: 'FINDSTR [/B] [/E] [/L] [/R] [/S] [/I] [/X] [/V] [/N] [/M] [/O] [/P] [/F:file]',
  summary: 'Searches for strings in files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
