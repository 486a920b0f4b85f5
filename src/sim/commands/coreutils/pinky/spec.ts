// pinky from GNU coreutils 8.32 (Rocky 9.5): options from src/pinky.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pinky",
  style: 'gnu',
  synopsis: "pinky [OPTION]... [USER]...",
  flags: [
    { short: "s" },
    { short: "f" },
    { short: "w" },
    { short: "i" },
    { short: "q" },
    { short: "b" },
    { short: "h" },
    { short: "l" },
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
