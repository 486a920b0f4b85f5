// ssh of OpenSSH 8.7p1 (Rocky 9.5's openssh-clients): the getopt string of ssh.c, no long options and no help
// option (`--help` is the unknown option '-'); every usage error prints usage() and exits 255.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';
import { completeHosts } from '../lib/complete';

export const OPTSTRING = '1246ab:c:e:fgi:kl:m:no:p:qstvxAB:CD:E:F:GI:J:KL:MNO:PQ:R:S:TVw:W:XYy';

export const spec: CommandSpec = {
  name: 'ssh',
  style: 'gnu',
  synopsis: 'ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command]',
  summary: 'OpenSSH remote login client',
  flags: flagsOf(OPTSTRING),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  onError: bsdError(255),
  complete: (operands, word, ctx) => (operands.length === 0 ? completeHosts(ctx, word, true) : []),
  help: () => import('./help').then((m) => m.help),
};
