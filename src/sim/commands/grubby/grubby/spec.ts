// grubby 8.40 of Rocky 9: /usr/sbin/grubby is the grubby-bls shell script, which reads its options with util-linux
// getopt (-o hc:i:b:? and its long list), so run.ts reads the words itself; --help and -h print help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'grubby',
  style: 'gnu',
  synopsis: 'grubby [OPTION...]',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.HELP),
};
