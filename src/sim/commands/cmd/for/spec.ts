// `for`: cmd.exe hands it the words as typed and it reads them itself; `for /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'for',
  style: 'cmd',
  synopsis: 'FOR %variable IN (set) DO command [command-parameters]',
  summary: 'Runs a specified command for each file in a set of files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
