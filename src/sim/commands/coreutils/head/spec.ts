// head from GNU coreutils 8.32 (Rocky 9.5): options from src/head.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "head",
  style: 'gnu',
  synopsis: "head [OPTION]... [FILE]...",
  numberFlag: "lines",
  flags: [
    { short: "c", long: "bytes", value: 'required' },
    { short: "n", long: "lines", value: 'required' },
    { long: "-presume-input-pipe" },
    { short: "q", long: "quiet", longAliases: ["silent"] },
    { short: "v", long: "verbose" },
    { short: "z", long: "zero-terminated" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
