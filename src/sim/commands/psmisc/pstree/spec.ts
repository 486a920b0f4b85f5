// pstree of psmisc 23.4 (Rocky 9.5: psmisc-23.4-3.el9): getopt_long's options of main() ("aAcC:GhH:nN:pglsStTuUVZ");
// a bad option is getopt's complaint and the usage on stderr (status 1). There is no --help; -V prints to stderr.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'pstree',
  style: 'gnu',
  helpFlags: [],
  usageTail: 'help',
  flags: [
    { short: 'a', long: 'arguments' },
    { short: 'A', long: 'ascii' },
    { short: 'c', long: 'compact-not' },
    { short: 'C', long: 'color', value: 'required' },
    { short: 'G', long: 'vt100' },
    { short: 'h', long: 'highlight-all' },
    { short: 'H', long: 'highlight-pid', value: 'required' },
    { short: 'l', long: 'long' },
    { short: 'n', long: 'numeric-sort' },
    { short: 'N', long: 'ns-sort', value: 'required' },
    { short: 'p', long: 'show-pids' },
    { short: 'g', long: 'show-pgids' },
    { short: 's', long: 'show-parents' },
    { short: 'S', long: 'ns-changes' },
    { short: 't', long: 'thread-names' },
    { short: 'T', long: 'hide-threads' },
    { short: 'u', long: 'uid-changes' },
    { short: 'U', long: 'unicode' },
    { short: 'V', long: 'version' },
    { short: 'Z', long: 'security-context' },
  ],
  help: () => import('./help').then((m) => m.usage),
};
