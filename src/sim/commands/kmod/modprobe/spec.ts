// modprobe of kmod 28 (Rocky 9.5): the getopt_long table of tools/modprobe.c (cmdopts_s "arRibfDcnC:d:S:sqvVh").
// A bad option gets getopt's line alone (the '?' case prints nothing more), exit 1. `-V` prints the version
// and the features Rocky's build was configured with (see DIFFERENCES.md beside this file).
import type { CommandSpec } from '../../../spec/types';
import { knownModules } from '../modules';

export const spec: CommandSpec = {
  name: 'modprobe',
  style: 'gnu',
  synopsis: 'modprobe [options] [-i] [-b] modulename',
  helpFlags: ['--help', '-h'],
  usageTail: '',
  flags: [
    { short: 'a', long: 'all' },
    { short: 'r', long: 'remove' },
    { long: 'remove-dependencies' },
    { short: 'R', long: 'resolve-alias' },
    { long: 'first-time' },
    { short: 'i', long: 'ignore-install', longAliases: ['ignore-remove'] },
    { short: 'b', long: 'use-blacklist' },
    { short: 'f', long: 'force' },
    { long: 'force-modversion' },
    { long: 'force-vermagic' },
    { short: 'D', long: 'show-depends' },
    { short: 'c', long: 'showconfig', longAliases: ['show-config'] },
    { long: 'show-modversions', longAliases: ['dump-modversions'] },
    { long: 'show-exports' },
    { short: 'n', long: 'dry-run', longAliases: ['show'] },
    { short: 'C', long: 'config', value: 'required', arg: 'FILE' },
    { short: 'd', long: 'dirname', value: 'required', arg: 'DIR' },
    { short: 'S', long: 'set-version', value: 'required', arg: 'VERSION' },
    { short: 's', long: 'syslog' },
    { short: 'q', long: 'quiet' },
    { short: 'v', long: 'verbose' },
    { short: 'V', long: 'version', action: 'version' },
  ],
  complete: (_ops, word) => knownModules().filter((m) => m.startsWith(word)),
  help: () => import('./help').then((m) => m.help),
  // PACKAGE " version " VERSION, then KMOD_FEATURES of Rocky's build
  version: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n',
};
