// df from GNU coreutils 8.32 (Rocky 9.5): options from src/df.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "df",
  style: 'gnu',
  synopsis: "df [OPTION]... [FILE]...",
  flags: [
    { short: "a", long: "all" },
    { short: "B", long: "block-size", value: 'required' },
    { short: "i", long: "inodes" },
    { short: "h", long: "human-readable" },
    { short: "H", long: "si" },
    { short: "l", long: "local" },
    { long: "output", value: 'optional' },
    { short: "P", long: "portability" },
    { short: "T", long: "print-type" },
    { long: "sync" },
    { long: "no-sync" },
    { long: "total" },
    { short: "t", long: "type", value: 'required' },
    { short: "x", long: "exclude-type", value: 'required' },
    { short: "F", value: 'required' },
    { short: "k" },
    { short: "m" },
    { short: "v" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
