// rmdir from GNU coreutils 8.32 (Rocky 9.5): options from src/rmdir.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "rmdir",
  style: 'gnu',
  synopsis: "rmdir [OPTION]... DIRECTORY...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { long: "ignore-fail-on-non-empty" },
    { short: "p", long: "path", longAliases: ["parents"] },
    { short: "v", long: "verbose" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
