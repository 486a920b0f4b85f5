// clockdiff of iputils 20210202 (Rocky 9.5): getopt_long with "o1T:IVh" and --time-format, --version, --help. -h
// prints usage() to stderr with status 0; a bad option gets getopt's line and `Try 'clockdiff --help' for more
// information.` on stdout, status 1 (run.ts). Help text in help.ts (scripts/golden/iputils-specs.ts).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'clockdiff',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  synopsis: 'clockdiff [options] <destination>',
};
