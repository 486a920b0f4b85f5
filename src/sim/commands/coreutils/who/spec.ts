// who from GNU coreutils 8.32 (Rocky 9.5): options from src/who.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "who",
  style: 'gnu',
  synopsis: "who [OPTION]... [ FILE | ARG1 ARG2 ]",
  flags: [
    { short: "a", long: "all" },
    { short: "b", long: "boot" },
    { short: "q", long: "count" },
    { short: "d", long: "dead" },
    { short: "H", long: "heading" },
    { short: "l", long: "login" },
    { long: "lookup" },
    { short: "T", long: "message", longAliases: ["mesg","writable"] },
    { short: "p", long: "process" },
    { short: "r", long: "runlevel" },
    { short: "s", long: "short" },
    { short: "t", long: "time" },
    { short: "u", long: "users" },
    { short: "m" },
    { short: "w" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
