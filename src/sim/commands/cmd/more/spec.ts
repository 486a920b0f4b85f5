// `more`: cmd.exe hands it the words as typed and it reads them itself; `more /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'more',
  style: 'cmd',
  synopsis: 'MORE /E [/C] [/P] [/S] [/Tn] [+n] [files]',
  summary: 'Displays output one screen at a time.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
