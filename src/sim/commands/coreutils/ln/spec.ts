// ln from GNU coreutils 8.32 (Rocky 9.5): options from src/ln.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ln",
  style: 'gnu',
  synopsis: "ln [OPTION]... [-T] TARGET LINK_NAME",
  operands: { min: 1, missing: "missing file operand" },
  flags: [
    { short: "b", long: "backup", value: 'optional' },
    { short: "F", long: "directory" },
    { short: "n", long: "no-dereference" },
    { short: "T", long: "no-target-directory" },
    { short: "f", long: "force" },
    { short: "i", long: "interactive" },
    { short: "S", long: "suffix", value: 'required' },
    { short: "t", long: "target-directory", value: 'required' },
    { short: "L", long: "logical" },
    { short: "P", long: "physical" },
    { short: "r", long: "relative" },
    { short: "s", long: "symbolic" },
    { short: "v", long: "verbose" },
    { short: "d" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
