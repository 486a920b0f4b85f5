// depmod of kmod 28 (Rocky 9.5): the getopt_long table of tools/depmod.c (cmdopts_s "aAb:C:E:F:euqrvnP:wmVh").
// A bad option gets getopt's line alone (the '?' case goes to cmdline_failed), exit 1.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'depmod',
  style: 'gnu',
  synopsis: 'depmod -[aA] [options] [forced_version]',
  helpFlags: ['--help', '-h'],
  usageTail: '',
  flags: [
    { short: 'a', long: 'all' },
    { short: 'A', long: 'quick' },
    { short: 'b', long: 'basedir', value: 'required', arg: 'DIR' },
    { short: 'C', long: 'config', value: 'required', arg: 'PATH' },
    { short: 'E', long: 'symvers', value: 'required', arg: 'FILE' },
    { short: 'F', long: 'filesyms', value: 'required', arg: 'FILE' },
    { short: 'e', long: 'errsyms' },
    { short: 'u', long: 'unresolved-error' },
    { short: 'q', long: 'quiet' },
    { short: 'r', long: 'root' },
    { short: 'v', long: 'verbose' },
    { short: 'n', long: 'show', longAliases: ['dry-run'] },
    { short: 'P', long: 'symbol-prefix', value: 'required', arg: 'PREFIX' },
    { short: 'w', long: 'warn' },
    { short: 'm', long: 'map' },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  // PACKAGE " version " VERSION, then KMOD_FEATURES of Rocky's build (as modprobe -V)
  version: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n',
};
