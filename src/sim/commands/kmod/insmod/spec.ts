// insmod of kmod 28 (Rocky 9.5): tools/insmod.c, cmdopts_s "psfVh" with only --version and --help as long options
// (-p and -s are read and ignored, -f forces the version checks). A bad option gets getopt's line alone, exit 1.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'insmod',
  style: 'gnu',
  synopsis: 'insmod [options] filename [args]',
  helpFlags: ['--help', '-h'],
  usageTail: '',
  flags: [{ short: 'p' }, { short: 's' }, { short: 'f' }, { short: 'V', long: 'version', action: 'version' }],
  help: () => import('./help').then((m) => m.help),
  // PACKAGE " version " VERSION, then KMOD_FEATURES of Rocky's build (as modprobe -V)
  version: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n',
};
