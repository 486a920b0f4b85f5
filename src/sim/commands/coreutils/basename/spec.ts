// basename from GNU coreutils 8.32 (Rocky 9.5): options from src/basename.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "basename",
  style: 'gnu',
  synopsis: "basename NAME [SUFFIX]",
  permute: false,
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "a", long: "multiple" },
    { short: "s", long: "suffix", value: 'required' },
    { short: "z", long: "zero" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
