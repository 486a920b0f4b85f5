// `set`: cmd.exe hands it the words as typed and it reads them itself; `set /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'set',
  style: 'cmd',
  synopsis: 'SET [variable=[string]]',
  summary: 'Displays, sets, or removes cmd.exe environment variables.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
