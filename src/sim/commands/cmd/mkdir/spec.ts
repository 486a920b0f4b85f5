// `mkdir`: cmd.exe hands it the words as typed and it reads them itself; `mkdir /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'mkdir',
  aliases: ['md'],
  style: 'cmd',
  synopsis: 'MKDIR [drive:]path',
  summary: 'Creates a directory.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
