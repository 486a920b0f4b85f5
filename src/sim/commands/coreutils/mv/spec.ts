// mv from GNU coreutils 8.32 (Rocky 9.5): options from src/mv.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "mv",
  style: 'gnu',
  synopsis: "mv [OPTION]... [-T] SOURCE DEST",
  operands: { min: 1, missing: "missing file operand" },
  flags: [
    { short: "b", long: "backup", value: 'optional' },
    { short: "Z", long: "context" },
    { short: "f", long: "force" },
    { short: "i", long: "interactive" },
    { short: "n", long: "no-clobber" },
    { short: "T", long: "no-target-directory" },
    { long: "strip-trailing-slashes" },
    { short: "S", long: "suffix", value: 'required' },
    { short: "t", long: "target-directory", value: 'required' },
    { short: "u", long: "update" },
    { short: "v", long: "verbose" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
