// split from GNU coreutils 8.32 (Rocky 9.5): options from src/split.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "split",
  style: 'gnu',
  synopsis: "split [OPTION]... [FILE [PREFIX]]",
  numberFlag: "lines",
  flags: [
    { short: "b", long: "bytes", value: 'required' },
    { short: "l", long: "lines", value: 'required' },
    { short: "C", long: "line-bytes", value: 'required' },
    { short: "n", long: "number", value: 'required' },
    { short: "e", long: "elide-empty-files" },
    { short: "u", long: "unbuffered" },
    { short: "a", long: "suffix-length", value: 'required' },
    { long: "additional-suffix", value: 'required' },
    { short: "d", long: "numeric-suffixes", value: 'optional' },
    { short: "x", long: "hex-suffixes", value: 'optional' },
    { long: "filter", value: 'required' },
    { long: "verbose" },
    { short: "t", long: "separator", value: 'required' },
    { long: "-io-blksize", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
