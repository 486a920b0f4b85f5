// diff3 from GNU diffutils 3.7 (Rocky 9.5): getopt_long "aeimvx3AEL:TX" and longopts[] of src/diff3.c; help and
// version in help.ts. Usage errors end with try_help()'s "diff3: Try 'diff3 --help' ..." and status 2 (EXIT_TROUBLE).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'diff3',
  style: 'gnu',
  synopsis: 'diff3 [OPTION]... MYFILE OLDFILE YOURFILE',
  usageTail: "diff3: Try 'diff3 --help' for more information.\n",
  usageStatus: 2,
  flags: [
    { short: 'a', long: 'text' },
    { short: 'A', long: 'show-all' },
    { long: 'diff-program', value: 'required' },
    { short: '3', long: 'easy-only' },
    { short: 'e', long: 'ed' },
    { short: 'E', long: 'show-overlap' },
    { short: 'i' },
    { short: 'L', long: 'label', value: 'required' },
    { short: 'm', long: 'merge' },
    { short: 'x', long: 'overlap-only' },
    { short: 'X' },
    { long: 'strip-trailing-cr' },
    { short: 'T', long: 'initial-tab' },
    { short: 'v', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
