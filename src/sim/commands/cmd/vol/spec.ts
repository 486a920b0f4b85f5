// `vol`: cmd.exe hands it the words as typed and it reads them itself; `vol /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'vol',
  style: 'cmd',
  synopsis: 'VOL [drive:]',
  summary: 'Displays the disk volume label and serial number, if they exist.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
