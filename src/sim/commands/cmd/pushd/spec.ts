// `pushd`: cmd.exe hands it the words as typed and it reads them itself; `pushd /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'pushd',
  style: 'cmd',
  synopsis: 'PUSHD [path | ..]',
  summary: 'Stores the current directory for use by the POPD command, then',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
