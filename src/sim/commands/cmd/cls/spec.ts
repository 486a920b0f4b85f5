// `cls`: cmd.exe hands it the words as typed and it reads them itself; `cls /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'cls',
  style: 'cmd',
  synopsis: 'CLS',
  summary: 'Clears the screen.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
