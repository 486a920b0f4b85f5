// cat from GNU coreutils 8.32 (Rocky 9.5): options from src/cat.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "cat",
  style: 'gnu',
  synopsis: "cat [OPTION]... [FILE]...",
  flags: [
    { short: "b", long: "number-nonblank" },
    { short: "n", long: "number" },
    { short: "s", long: "squeeze-blank" },
    { short: "v", long: "show-nonprinting" },
    { short: "E", long: "show-ends" },
    { short: "T", long: "show-tabs" },
    { short: "A", long: "show-all" },
    { short: "e" },
    { short: "t" },
    { short: "u" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
