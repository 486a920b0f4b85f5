// `ping`: cmd.exe hands it the words as typed and it reads them itself; `ping /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ping',
  style: 'cmd',
  synopsis: 'ping [-t] [-a] [-n count] [-l size] [-f] [-i TTL] [-v TOS]',
  summary: 'Sends ICMP echo requests to a host.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
