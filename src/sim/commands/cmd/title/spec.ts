// `title`: cmd.exe hands it the words as typed and it reads them itself; `title /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'title',
  style: 'cmd',
  synopsis: 'TITLE [string]',
  summary: 'Sets the window title for the command prompt window.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
