// rm from GNU coreutils 8.32 (Rocky 9.5): options from src/rm.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "rm",
  style: 'gnu',
  synopsis: "rm [OPTION]... [FILE]...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "f", long: "force" },
    { long: "interactive", value: 'optional' },
    { long: "one-file-system" },
    { long: "no-preserve-root" },
    { long: "preserve-root", value: 'optional' },
    { long: "-presume-input-tty" },
    { short: "r", long: "recursive" },
    { short: "d", long: "dir" },
    { short: "v", long: "verbose" },
    { short: "i" },
    { short: "I" },
    { short: "R" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
