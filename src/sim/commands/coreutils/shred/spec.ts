// shred from GNU coreutils 8.32 (Rocky 9.5): options from src/shred.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "shred",
  style: 'gnu',
  synopsis: "shred [OPTION]... FILE...",
  operands: { min: 1, missing: "missing file operand" },
  flags: [
    { short: "x", long: "exact" },
    { short: "f", long: "force" },
    { short: "n", long: "iterations", value: 'required' },
    { short: "s", long: "size", value: 'required' },
    { long: "random-source", value: 'required' },
    { short: "u", long: "remove", value: 'optional' },
    { short: "v", long: "verbose" },
    { short: "z", long: "zero" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
