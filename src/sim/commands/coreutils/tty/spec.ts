// tty from GNU coreutils 8.32 (Rocky 9.5): options from src/tty.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tty",
  style: 'gnu',
  synopsis: "tty [OPTION]...",
  usageStatus: 2,
  operands: { max: 0 },
  flags: [
    { short: "s", long: "silent", longAliases: ["quiet"] },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
