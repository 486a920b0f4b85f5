// tr from GNU coreutils 8.32 (Rocky 9.5): options from src/tr.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tr",
  style: 'gnu',
  synopsis: "tr [OPTION]... SET1 [SET2]",
  permute: false,
  flags: [
    { short: "c", long: "complement" },
    { short: "d", long: "delete" },
    { short: "s", long: "squeeze-repeats" },
    { short: "t", long: "truncate-set1" },
    { short: "A" },
    { short: "C" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
