// paste from GNU coreutils 8.32 (Rocky 9.5): options from src/paste.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "paste",
  style: 'gnu',
  synopsis: "paste [OPTION]... [FILE]...",
  flags: [
    { short: "s", long: "serial" },
    { short: "d", long: "delimiters", value: 'required' },
    { short: "z", long: "zero-terminated" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
