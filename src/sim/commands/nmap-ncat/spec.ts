// ncat of Nmap 7.92 (Rocky 9.5's nmap-ncat-7.92-3.el9, also run as nc): getopt_long over
// "46UCc:e:g:G:i:km:hp:d:lo:x:ts:uvw:nz" and its long options, read by run.ts (options may follow the operands).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'nc',
  style: 'gnu',
  synopsis: 'ncat [options] [hostname] [port]',
  rawArgs: true,
  flags: [],
  help: () => import('./help').then((m) => m.help),
};
