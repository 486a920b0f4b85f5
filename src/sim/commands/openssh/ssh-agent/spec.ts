// ssh-agent of OpenSSH 8.7p1: the getopt string of ssh-agent.c; a usage error prints usage() and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';

export const spec: CommandSpec = {
  name: 'ssh-agent',
  style: 'gnu',
  synopsis: 'ssh-agent [-c | -s] [-Dd] [-a bind_address] [-E fingerprint_hash] [-P allowed_providers] [-t life]',
  summary: 'OpenSSH authentication agent',
  flags: flagsOf('cDdksE:a:O:P:t:'),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  onError: bsdError(1),
  help: () => import('./help').then((m) => m.help),
};
