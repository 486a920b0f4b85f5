// realpath from GNU coreutils 8.32 (Rocky 9.5): options from src/realpath.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "realpath",
  style: 'gnu',
  synopsis: "realpath [OPTION]... FILE...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "e", long: "canonicalize-existing" },
    { short: "m", long: "canonicalize-missing" },
    { long: "relative-to", value: 'required' },
    { long: "relative-base", value: 'required' },
    { short: "q", long: "quiet" },
    { short: "s", long: "strip", longAliases: ["no-symlinks"] },
    { short: "z", long: "zero" },
    { short: "L", long: "logical" },
    { short: "P", long: "physical" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
