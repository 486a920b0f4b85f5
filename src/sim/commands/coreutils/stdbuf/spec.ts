// stdbuf from GNU coreutils 8.32 (Rocky 9.5): options from src/stdbuf.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "stdbuf",
  style: 'gnu',
  synopsis: "stdbuf OPTION... COMMAND",
  usageStatus: 125,
  permute: false,
  flags: [
    { short: "i", long: "input", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { short: "e", long: "error", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
