// id from GNU coreutils 8.32 (Rocky 9.5): options from src/id.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "id",
  style: 'gnu',
  synopsis: "id [OPTION]... [USER]...",
  flags: [
    { short: "Z", long: "context" },
    { short: "g", long: "group" },
    { short: "G", long: "groups" },
    { short: "n", long: "name" },
    { short: "r", long: "real" },
    { short: "u", long: "user" },
    { short: "z", long: "zero" },
    { short: "a" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
