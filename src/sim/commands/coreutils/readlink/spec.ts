// readlink from GNU coreutils 8.32 (Rocky 9.5): options from src/readlink.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "readlink",
  style: 'gnu',
  synopsis: "readlink [OPTION]... FILE...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "f", long: "canonicalize" },
    { short: "e", long: "canonicalize-existing" },
    { short: "m", long: "canonicalize-missing" },
    { short: "n", long: "no-newline" },
    { short: "q", long: "quiet" },
    { short: "s", long: "silent" },
    { short: "v", long: "verbose" },
    { short: "z", long: "zero" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
