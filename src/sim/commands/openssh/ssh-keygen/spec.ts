// ssh-keygen of OpenSSH 8.7p1: the getopt string of ssh-keygen.c (no long options; -h is a certificate flag, not
// help); a usage error prints usage() and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';

export const spec: CommandSpec = {
  name: 'ssh-keygen',
  style: 'gnu',
  synopsis: 'ssh-keygen [-q] [-b bits] [-C comment] [-f output_keyfile] [-N new_passphrase] [-t type]',
  summary: 'OpenSSH authentication key utility',
  flags: flagsOf('ABHKLQUXceghiklopquvyC:D:E:F:I:M:N:O:P:R:V:Y:Z:a:b:f:g:m:n:r:s:t:w:z:'),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  onError: bsdError(1),
  help: () => import('./help').then((m) => m.help),
};
