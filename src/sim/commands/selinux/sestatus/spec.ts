// sestatus of policycoreutils 3.6 (Rocky 9.5): getopt "vb", no help option. Any other option (`--help` is the
// option '-' to getopt) prints getopt's line to stderr and the usage to stdout, and exits 255 (return -1).
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'sestatus',
  style: 'gnu',
  synopsis: 'sestatus [OPTION]',
  helpFlags: [],
  flags: [{ short: 'v' }, { short: 'b' }],
  onError: (e) => ({ stderr: `sestatus: invalid option -- '${e.short ? e.option : '-'}'\n`, status: 255, withHelp: 'stdout' }),
  help: () => import('./help').then((m) => m.help),
};
