// `date`: cmd.exe hands it the words as typed and it reads them itself; `date /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'date',
  style: 'cmd',
  synopsis: 'DATE [/T | date]',
  summary: 'Displays or sets the date.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
