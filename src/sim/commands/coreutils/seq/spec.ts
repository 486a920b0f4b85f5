// seq from GNU coreutils 8.32 (Rocky 9.5): options from src/seq.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "seq",
  style: 'gnu',
  synopsis: "seq [OPTION]... LAST",
  permute: false,
  operands: { min: 1, max: 3, missing: "missing operand" },
  flags: [
    { short: "w", long: "equal-width" },
    { short: "f", long: "format", value: 'required' },
    { short: "s", long: "separator", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
