// stat from GNU coreutils 8.32 (Rocky 9.5): options from src/stat.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "stat",
  style: 'gnu',
  synopsis: "stat [OPTION]... FILE...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "L", long: "dereference" },
    { short: "f", long: "file-system" },
    { short: "c", long: "format", value: 'required' },
    { long: "printf", value: 'required' },
    { short: "t", long: "terse" },
    { long: "cached", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
