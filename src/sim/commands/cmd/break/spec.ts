// `break`: cmd.exe hands it the words as typed and it reads them itself; `break /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'break',
  style: 'cmd',
  synopsis: 'BREAK',
  summary: 'Sets or Clears Extended CTRL+C checking on DOS system',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
