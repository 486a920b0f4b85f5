// chown from GNU coreutils 8.32 (Rocky 9.5): options from src/chown.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "chown",
  style: 'gnu',
  synopsis: "chown [OPTION]... [OWNER][:[GROUP]] FILE...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { short: "R", long: "recursive" },
    { short: "c", long: "changes" },
    { long: "dereference" },
    { long: "from", value: 'required' },
    { short: "h", long: "no-dereference" },
    { long: "no-preserve-root" },
    { long: "preserve-root" },
    { short: "f", long: "quiet", longAliases: ["silent"] },
    { long: "reference", value: 'required' },
    { short: "v", long: "verbose" },
    { short: "H" },
    { short: "L" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
