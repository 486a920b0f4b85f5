// touch from GNU coreutils 8.32 (Rocky 9.5): options from src/touch.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "touch",
  style: 'gnu',
  synopsis: "touch [OPTION]... FILE...",
  operands: { min: 1, missing: "missing file operand" },
  flags: [
    { long: "time", value: 'required' },
    { short: "c", long: "no-create" },
    { short: "d", long: "date", value: 'required' },
    { short: "r", long: "reference", value: 'required' },
    { short: "h", long: "no-dereference" },
    { short: "a" },
    { short: "f" },
    { short: "m" },
    { short: "t", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
