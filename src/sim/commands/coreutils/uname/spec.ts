// uname from GNU coreutils 8.32 (Rocky 9.5): options from src/uname.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "uname",
  style: 'gnu',
  synopsis: "uname [OPTION]...",
  operands: { max: 0 },
  flags: [
    { short: "a", long: "all" },
    { short: "s", long: "kernel-name", longAliases: ["sysname"] },
    { short: "n", long: "nodename" },
    { short: "r", long: "kernel-release", longAliases: ["release"] },
    { short: "v", long: "kernel-version" },
    { short: "m", long: "machine" },
    { short: "p", long: "processor" },
    { short: "i", long: "hardware-platform" },
    { short: "o", long: "operating-system" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
