// base32 from GNU coreutils 8.32 (Rocky 9.5): options from src/basenc.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "base32",
  style: 'gnu',
  synopsis: "base32 [OPTION]... [FILE]",
  operands: { max: 1 },
  flags: [
    { short: "d", long: "decode" },
    { short: "w", long: "wrap", value: 'required' },
    { short: "i", long: "ignore-garbage" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
