// modinfo of kmod 28 (Rocky 9.5): the getopt_long table of tools/modinfo.c (cmdopts_s "adlpn0F:k:b:Vh").
// A bad option gets getopt's line alone (the '?' case returns EXIT_FAILURE), exit 1.
import type { CommandSpec } from '../../../spec/types';
import { knownModules } from '../modules';

export const spec: CommandSpec = {
  name: 'modinfo',
  style: 'gnu',
  synopsis: 'modinfo [options] filename [args]',
  helpFlags: ['--help', '-h'],
  usageTail: '',
  flags: [
    { short: 'a', long: 'author' },
    { short: 'd', long: 'description' },
    { short: 'l', long: 'license' },
    { short: 'p', long: 'parameters' },
    { short: 'n', long: 'filename' },
    { short: '0', long: 'null' },
    { short: 'F', long: 'field', value: 'required', arg: 'FIELD' },
    { short: 'k', long: 'set-version', value: 'required', arg: 'VERSION' },
    { short: 'b', long: 'basedir', value: 'required', arg: 'DIR' },
    { short: 'V', long: 'version', action: 'version' },
  ],
  complete: (_ops, word) => knownModules().filter((m) => m.startsWith(word)),
  help: () => import('./help').then((m) => m.help),
  // PACKAGE " version " VERSION, then KMOD_FEATURES of Rocky's build (as modprobe -V)
  version: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n',
};
