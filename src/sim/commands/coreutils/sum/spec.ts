// sum from GNU coreutils 8.32 (Rocky 9.5): options from src/sum.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "sum",
  style: 'gnu',
  synopsis: "sum [OPTION]... [FILE]...",
  flags: [
    { short: "s", long: "sysv" },
    { short: "r" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
