// `rename`: cmd.exe hands it the words as typed and it reads them itself; `rename /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rename',
  style: 'cmd',
  aliases: ['ren'],
  synopsis: 'RENAME [drive:][path]filename1 filename2.',
  summary: 'Renames a file or files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
