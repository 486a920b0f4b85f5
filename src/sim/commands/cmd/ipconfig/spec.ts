// `ipconfig`: cmd.exe hands it the words as typed and it reads them itself; `ipconfig /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ipconfig',
  style: 'cmd',
  summary: 'Displays all current TCP/IP network configuration values.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
