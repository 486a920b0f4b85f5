// ifconfig of net-tools 2.0 reads its own argv (ifconfig.c main): the leading words that start with '-' are
// -a, -s, -v, -V / -version / --version and -? / -h / -help / --help; any other is refused with its own two lines
// (run.ts). Help and version go to stderr with status 0 (E_USAGE and E_VERSION are EXIT_SUCCESS).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ifconfig',
  style: 'gnu',
  synopsis: 'ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]',
  rawArgs: true,
  helpFlags: ['--help', '-h', '-?', '-help'],
  helpStream: 'stderr',
  helpStatus: 0,
  flags: [{ short: 'a' }, { short: 's' }, { short: 'v' }, { short: 'V', long: 'version' }, { short: 'h', long: 'help' }],
  help: () => import('./help').then((m) => m.usage),
};
