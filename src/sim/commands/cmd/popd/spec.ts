// `popd`: cmd.exe hands it the words as typed and it reads them itself; `popd /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'popd',
  style: 'cmd',
  synopsis: 'POPD',
  summary: 'Changes to the directory stored by the PUSHD command.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
