// rmmod of kmod 28 (Rocky 9.5): the getopt_long table of tools/rmmod.c (cmdopts_s "fsvVwh"; -w has no case and
// falls to "unexpected getopt_long() value"). A bad option gets getopt's line alone, exit 1.
import type { CommandSpec } from '../../../spec/types';
import { knownModules } from '../modules';

export const spec: CommandSpec = {
  name: 'rmmod',
  style: 'gnu',
  synopsis: 'rmmod [options] modulename ...',
  helpFlags: ['--help', '-h'],
  usageTail: '',
  flags: [
    { short: 'f', long: 'force' },
    { short: 's', long: 'syslog' },
    { short: 'v', long: 'verbose' },
    { short: 'w' },
    { short: 'V', long: 'version', action: 'version' },
  ],
  complete: (_ops, word) => knownModules().filter((m) => m.startsWith(word)),
  help: () => import('./help').then((m) => m.help),
  // PACKAGE " version " VERSION, then KMOD_FEATURES of Rocky's build (as modprobe -V)
  version: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n',
};
