// `path`: cmd.exe hands it the words as typed and it reads them itself; `path /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'path',
  style: 'cmd',
  synopsis: 'PATH [[drive:]path[;...][;%PATH%]',
  summary: 'Displays or sets a search path for executable files.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
