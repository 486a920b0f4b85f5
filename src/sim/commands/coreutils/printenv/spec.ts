// printenv from GNU coreutils 8.32 (Rocky 9.5): options from src/printenv.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "printenv",
  style: 'gnu',
  synopsis: "printenv [OPTION]... [VARIABLE]...",
  usageStatus: 2,
  permute: false,
  flags: [
    { short: "0", long: "null" },
    { short: "i" },
    { short: "u", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
