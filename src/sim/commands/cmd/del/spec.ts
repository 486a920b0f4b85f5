// `del`: cmd.exe hands it the words as typed and it reads them itself; `del /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'del',
  aliases: ['erase'],
  style: 'cmd',
  synopsis: 'DEL [/P] [/F] [/S] [/Q] [/A[[:]attributes]] names',
  summary: 'Deletes one or more files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
