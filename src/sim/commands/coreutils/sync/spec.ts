// sync from GNU coreutils 8.32 (Rocky 9.5): options from src/sync.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "sync",
  style: 'gnu',
  synopsis: "sync [OPTION] [FILE]...",
  flags: [
    { short: "d", long: "data" },
    { short: "f", long: "file-system" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
