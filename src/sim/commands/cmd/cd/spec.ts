// `cd`: cmd.exe hands it the words as typed and it reads them itself; `cd /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'cd',
  aliases: ['chdir'],
  style: 'cmd',
  synopsis: 'CHDIR [/D] [drive:][path]',
  summary: 'Displays the name of or changes the current directory.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
