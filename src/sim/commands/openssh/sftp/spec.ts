// sftp of OpenSSH 8.7p1: the getopt string of sftp.c; a usage error prints usage() and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';
import { completeHosts } from '../lib/complete';

export const spec: CommandSpec = {
  name: 'sftp',
  style: 'gnu',
  synopsis: 'sftp [-46AaCfNpqrv] [-b batchfile] [-i identity_file] [-o ssh_option] [-P port] destination',
  summary: 'OpenSSH secure file transfer',
  flags: flagsOf('1246AafhNpqrvCc:D:i:l:o:s:S:b:B:F:J:P:R:'),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  onError: bsdError(1),
  complete: (operands, word, ctx) => (operands.length === 0 && !word.includes(':') ? completeHosts(ctx, word, true) : []),
  help: () => import('./help').then((m) => m.usage),
};
