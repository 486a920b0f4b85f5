// `type`: cmd.exe hands it the words as typed and it reads them itself; `type /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'type',
  style: 'cmd',
  synopsis: 'TYPE [drive:][path]filename',
  summary: 'Displays the contents of a text file or files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
