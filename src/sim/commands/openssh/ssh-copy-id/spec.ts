// ssh-copy-id of OpenSSH 8.7p1: a /bin/sh (bash) script reading `getopts "i:o:p:F:fnsh?"`; -h and -? print its
// usage to stderr and exit 1, as does any usage error after the shell's getopts message.
import type { CommandSpec } from '../../../spec/types';
import { completeHosts } from '../lib/complete';

const NAME = '/usr/bin/ssh-copy-id';

export const spec: CommandSpec = {
  name: 'ssh-copy-id',
  style: 'gnu',
  synopsis: 'ssh-copy-id [-f] [-n] [-i identity_file] [-p port] [-o ssh_option] [user@]hostname',
  summary: 'use locally available keys to authorise logins on a remote machine',
  flags: [
    { short: 'i', value: 'required' },
    { short: 'o', value: 'required', repeatable: true },
    { short: 'p', value: 'required' },
    { short: 'F', value: 'required' },
    { short: 'f' },
    { short: 'n' },
    { short: 's' },
  ],
  helpFlags: ['-h', '-?'],
  helpStream: 'stderr',
  helpStatus: 1,
  permute: false,
  abbreviations: false,
  onError: (e) => {
    const c = e.short ? (e.option ?? '') : '-';
    if (e.code === 'missing-value' && e.short) return { stderr: `${NAME}: option requires an argument -- ${c}\n`, status: 1, withHelp: 'stderr' };
    return { stderr: `${NAME}: illegal option -- ${c}\n`, status: 1, withHelp: 'stderr' };
  },
  complete: (operands, word, ctx) => (operands.length === 0 ? completeHosts(ctx, word, true) : []),
  help: () => import('./help').then((m) => m.help),
};
