// ssh-keyscan of OpenSSH 8.7p1: the getopt string of ssh-keyscan.c; a usage error (or no host) prints usage()
// and exits 1.
import type { CommandSpec } from '../../../spec/types';
import { flagsOf } from '../lib/getopt';
import { completeHosts } from '../lib/complete';

export const spec: CommandSpec = {
  name: 'ssh-keyscan',
  style: 'gnu',
  synopsis: 'ssh-keyscan [-46cDHv] [-f file] [-p port] [-T timeout] [-t type] [host | addrlist namelist]',
  summary: 'gather SSH public keys from servers',
  flags: flagsOf('cDHv46p:T:t:f:'),
  helpFlags: [],
  permute: false,
  abbreviations: false,
  // OpenSSH's getopt reports the letter, then usage()
  onError: (e) => {
    const letter = e.short ? (e.code === 'missing-value' ? (e.option ?? '') : (e.value ?? e.option ?? '')) : '-';
    return {
      stderr: `${e.code === 'missing-value' && e.short ? 'option requires an argument' : 'unknown option'} -- ${letter}\r\n`,
      status: 1,
      withHelp: 'stderr',
    };
  },
  complete: (operands, word, ctx) => completeHosts(ctx, word, true),
  help: () => import('./help').then((m) => m.help),
};
