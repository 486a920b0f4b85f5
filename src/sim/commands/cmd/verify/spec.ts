// `verify`: cmd.exe hands it the words as typed and it reads them itself; `verify /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'verify',
  style: 'cmd',
  synopsis: 'VERIFY [ON | OFF]',
  summary: 'Tells cmd.exe whether to verify that your files are written correctly to a',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
