// scp of OpenSSH 8.7p1: the getopt string of scp.c (OpenSSH's own getopt: no long options, options end at the
// first operand); a usage error prints usage() and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';
import { completeHosts } from '../lib/complete';

export const spec: CommandSpec = {
  name: 'scp',
  style: 'gnu',
  synopsis: 'scp [-346ABCOpqRrsTv] [-i identity_file] [-o ssh_option] [-P port] source ... target',
  summary: 'OpenSSH secure file copy',
  flags: flagsOf('12346ABCTdfOpqRrstvD:F:J:M:P:S:c:i:l:o:'),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  onError: bsdError(1),
  // a word with `@` or naming a known host completes to `host:`; others are local files
  complete: (operands, word, ctx) => (word.includes('/') || word.includes(':') ? [] : completeHosts(ctx, word, false)),
  help: () => import('./help').then((m) => m.help),
};
