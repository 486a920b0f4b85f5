// shuf from GNU coreutils 8.32 (Rocky 9.5): options from src/shuf.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "shuf",
  style: 'gnu',
  synopsis: "shuf [OPTION]... [FILE]",
  flags: [
    { short: "e", long: "echo" },
    { short: "i", long: "input-range", value: 'required' },
    { short: "n", long: "head-count", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { long: "random-source", value: 'required' },
    { short: "r", long: "repeat" },
    { short: "z", long: "zero-terminated" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
