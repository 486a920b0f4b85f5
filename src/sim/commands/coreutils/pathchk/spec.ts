// pathchk from GNU coreutils 8.32 (Rocky 9.5): options from src/pathchk.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pathchk",
  style: 'gnu',
  synopsis: "pathchk [OPTION]... NAME...",
  permute: false,
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { long: "portability" },
    { short: "p" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
