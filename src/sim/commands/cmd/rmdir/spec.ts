// `rmdir`: cmd.exe hands it the words as typed and it reads them itself; `rmdir /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rmdir',
  aliases: ['rd'],
  style: 'cmd',
  synopsis: 'RMDIR [/S] [/Q] [drive:]path',
  summary: 'Removes a directory.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
