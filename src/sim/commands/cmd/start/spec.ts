// `start`: cmd.exe hands it the words as typed and it reads them itself; `start /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'start',
  style: 'cmd',
  synopsis: 'START ["title"] [/D path] [/I] [/MIN] [/MAX] [/WAIT] [/B] [command/program] [parameters]',
  summary: 'Starts a separate window to run a specified program or command.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
