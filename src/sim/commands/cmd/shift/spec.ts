// `shift`: cmd.exe hands it the words as typed and it reads them itself; `shift /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'shift',
  style: 'cmd',
  synopsis: 'SHIFT [/n]',
  summary: 'Changes the position of replaceable parameters in a batch file.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
