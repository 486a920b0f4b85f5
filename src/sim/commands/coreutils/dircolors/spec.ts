// dircolors from GNU coreutils 8.32 (Rocky 9.5): options from src/dircolors.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "dircolors",
  style: 'gnu',
  synopsis: "dircolors [OPTION]... [FILE]",
  flags: [
    { short: "b", long: "bourne-shell", longAliases: ["sh"] },
    { short: "c", long: "csh", longAliases: ["c-shell"] },
    { short: "p", long: "print-database" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
