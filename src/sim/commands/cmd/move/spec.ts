// `move`: cmd.exe hands it the words as typed and it reads them itself; `move /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'move',
  style: 'cmd',
  synopsis: 'MOVE [/Y | /-Y] [drive:][path]filename1[,...] destination',
  summary: 'Moves files and renames files and directories.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
