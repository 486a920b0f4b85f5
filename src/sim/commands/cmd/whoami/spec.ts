// `whoami`: cmd.exe hands it the words as typed and it reads them itself; `whoami /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'whoami',
  style: 'cmd',
  synopsis: 'WHOAMI [/UPN | /FQDN | /LOGONID]',
  summary: 'Displays the current user.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
