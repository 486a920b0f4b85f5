// `call`: cmd.exe hands it the words as typed and it reads them itself; `call /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'call',
  style: 'cmd',
  synopsis: 'CALL [drive:][path]filename [batch-parameters]',
  summary: 'Calls one batch program from another.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
