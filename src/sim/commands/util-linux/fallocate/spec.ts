// fallocate from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/fallocate.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fallocate",
  style: 'gnu',
  synopsis: "fallocate [options] <filename>",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "n", long: "keep-size" },
    { short: "p", long: "punch-hole" },
    { short: "c", long: "collapse-range" },
    { short: "d", long: "dig-holes" },
    { short: "i", long: "insert-range" },
    { short: "z", long: "zero-range" },
    { short: "o", long: "offset", value: 'required' },
    { short: "l", long: "length", value: 'required' },
    { short: "x", long: "posix" },
    { short: "v", long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
