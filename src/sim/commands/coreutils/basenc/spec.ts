// basenc from GNU coreutils 8.32 (Rocky 9.5): options from src/basenc.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "basenc",
  style: 'gnu',
  synopsis: "basenc [OPTION]... [FILE]",
  operands: { max: 1 },
  flags: [
    { short: "d", long: "decode" },
    { short: "w", long: "wrap", value: 'required' },
    { short: "i", long: "ignore-garbage" },
    { long: "base64" },
    { long: "base64url" },
    { long: "base32" },
    { long: "base32hex" },
    { long: "base16" },
    { long: "base2msbf" },
    { long: "base2lsbf" },
    { long: "z85" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
