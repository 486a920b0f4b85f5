// `goto`: cmd.exe hands it the words as typed and it reads them itself; `goto /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'goto',
  style: 'cmd',
  synopsis: 'GOTO label',
  summary: 'Directs cmd.exe to a labeled line in a batch program.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
