// `time`: cmd.exe hands it the words as typed and it reads them itself; `time /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'time',
  style: 'cmd',
  synopsis: 'TIME [/T | time]',
  summary: 'Displays or sets the system time.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
