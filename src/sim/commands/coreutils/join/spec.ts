// join from GNU coreutils 8.32 (Rocky 9.5): options from src/join.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "join",
  style: 'gnu',
  synopsis: "join [OPTION]... FILE1 FILE2",
  flags: [
    { short: "i", long: "ignore-case" },
    { long: "check-order" },
    { long: "nocheck-order" },
    { short: "z", long: "zero-terminated" },
    { long: "header" },
    { short: "a", value: 'required' },
    { short: "e", value: 'required' },
    { short: "1", value: 'required' },
    { short: "2", value: 'required' },
    { short: "j", value: 'required' },
    { short: "o", value: 'required' },
    { short: "t", value: 'required' },
    { short: "v", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
