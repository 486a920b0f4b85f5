// cmp from GNU diffutils 3.7 (Rocky 9.5): getopt_long "bci:ln:sv" and long_options[] of src/cmp.c; help and
// version in help.ts. Usage errors end with try_help()'s "cmp: Try 'cmp --help' ..." and status 2 (EXIT_TROUBLE).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'cmp',
  style: 'gnu',
  synopsis: 'cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]',
  usageTail: "cmp: Try 'cmp --help' for more information.\n",
  usageStatus: 2,
  flags: [
    { short: 'b', long: 'print-bytes' },
    { short: 'c', long: 'print-chars', key: 'print-bytes', hidden: true },
    { short: 'i', long: 'ignore-initial', value: 'required', arg: 'SKIP' },
    { short: 'l', long: 'verbose' },
    { short: 'n', long: 'bytes', value: 'required', arg: 'LIMIT' },
    { short: 's', long: 'silent', longAliases: ['quiet'] },
    { short: 'v', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
