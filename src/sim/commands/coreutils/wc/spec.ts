// wc from GNU coreutils 8.32 (Rocky 9.5): options from src/wc.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "wc",
  style: 'gnu',
  synopsis: "wc [OPTION]... [FILE]...",
  flags: [
    { short: "c", long: "bytes" },
    { short: "m", long: "chars" },
    { short: "l", long: "lines" },
    { short: "w", long: "words" },
    { long: "files0-from", value: 'required' },
    { short: "L", long: "max-line-length" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
