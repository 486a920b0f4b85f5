// tac from GNU coreutils 8.32 (Rocky 9.5): options from src/tac.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tac",
  style: 'gnu',
  synopsis: "tac [OPTION]... [FILE]...",
  flags: [
    { short: "b", long: "before" },
    { short: "r", long: "regex" },
    { short: "s", long: "separator", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
