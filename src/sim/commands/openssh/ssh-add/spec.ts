// ssh-add of OpenSSH 8.7p1: the getopt string of ssh-add.c; a usage error prints usage() and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { bsdError, flagsOf } from '../lib/getopt';

export const spec: CommandSpec = {
  name: 'ssh-add',
  style: 'gnu',
  synopsis: 'ssh-add [-cDdKkLlqvXx] [-E fingerprint_hash] [-S provider] [-t life] [file ...]',
  summary: 'adds private key identities to the OpenSSH authentication agent',
  flags: flagsOf('vkKlLcdDTxXE:e:M:m:qs:S:t:'),
  helpFlags: [],
  abbreviations: false,
  onError: bsdError(1),
  help: () => import('./help').then((m) => m.help),
};
