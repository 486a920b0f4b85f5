// `exit`: cmd.exe hands it the words as typed and it reads them itself; `exit /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'exit',
  style: 'cmd',
  synopsis: 'EXIT [/B] [exitCode]',
  summary: 'Quits the CMD.EXE program (command interpreter).',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
