// `netstat`: it reads its own words (`-ano`, `-p tcp`, an interval); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'netstat',
  style: 'cmd',
  synopsis: 'NETSTAT [-a] [-b] [-e] [-f] [-i] [-n] [-o] [-p proto] [-r] [-s] [-t] [-x] [-y] [interval]',
  summary: 'Displays protocol statistics and current TCP/IP network connections.',
  rawArgs: true,
  ownHelp: true,
  helpStream: 'stderr',
  help: () => import('./help').then((m) => m.default),
};
