// hexdump from util-linux 2.37.4 (Rocky 9.5): options from text-utils/hexdump.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "hexdump",
  style: 'gnu',
  synopsis: "hexdump [options] <file>...",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "one-byte-octal" },
    { short: "c", long: "one-byte-char" },
    { short: "C", long: "canonical" },
    { short: "d", long: "two-bytes-decimal" },
    { short: "o", long: "two-bytes-octal" },
    { short: "x", long: "two-bytes-hex" },
    { short: "e", long: "format", value: 'required' },
    { short: "f", long: "format-file", value: 'required' },
    { short: "L", long: "color", value: 'optional' },
    { short: "n", long: "length", value: 'required' },
    { short: "s", long: "skip", value: 'required' },
    { short: "v", long: "no-squeezing" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
