// sdiff from GNU diffutils 3.7 (Rocky 9.5): getopt_long "abBdEHiI:lo:stvw:WZ" and longopts[] of src/sdiff.c (-w is
// the width and -W ignores all space, "swapped for historical reasons"); help and version in help.ts. Usage errors end
// with try_help()'s "sdiff: Try 'sdiff --help' ..." and status 2 (EXIT_TROUBLE).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'sdiff',
  style: 'gnu',
  synopsis: 'sdiff [OPTION]... FILE1 FILE2',
  usageTail: "sdiff: Try 'sdiff --help' for more information.\n",
  usageStatus: 2,
  flags: [
    { short: 'a', long: 'text' },
    { short: 'b', long: 'ignore-space-change' },
    { short: 'B', long: 'ignore-blank-lines' },
    { short: 'd', long: 'minimal' },
    { long: 'diff-program', value: 'required' },
    { short: 'E', long: 'ignore-tab-expansion' },
    { short: 'H', long: 'speed-large-files' },
    { short: 'i', long: 'ignore-case' },
    { short: 'I', long: 'ignore-matching-lines', value: 'required' },
    { short: 'l', long: 'left-column' },
    { short: 'o', long: 'output', value: 'required' },
    { short: 's', long: 'suppress-common-lines' },
    { long: 'strip-trailing-cr' },
    { short: 't', long: 'expand-tabs' },
    { long: 'tabsize', value: 'required' },
    { short: 'v', long: 'version', action: 'version' },
    { short: 'w', long: 'width', value: 'required' },
    { short: 'W', long: 'ignore-all-space' },
    { short: 'Z', long: 'ignore-trailing-space' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
