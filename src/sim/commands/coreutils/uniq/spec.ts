// uniq from GNU coreutils 8.32 (Rocky 9.5): options from src/uniq.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "uniq",
  style: 'gnu',
  synopsis: "uniq [OPTION]... [INPUT [OUTPUT]]",
  operands: { max: 2 },
  flags: [
    { short: "c", long: "count" },
    { short: "d", long: "repeated" },
    { short: "D", long: "all-repeated", value: 'optional' },
    { long: "group", value: 'optional' },
    { short: "i", long: "ignore-case" },
    { short: "u", long: "unique" },
    { short: "f", long: "skip-fields", value: 'required' },
    { short: "s", long: "skip-chars", value: 'required' },
    { short: "w", long: "check-chars", value: 'required' },
    { short: "z", long: "zero-terminated" },
    { short: "0" },
    { short: "1" },
    { short: "2" },
    { short: "3" },
    { short: "4" },
    { short: "5" },
    { short: "6" },
    { short: "7" },
    { short: "8" },
    { short: "9" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
