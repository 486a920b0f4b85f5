// ptx from GNU coreutils 8.32 (Rocky 9.5): options from src/ptx.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ptx",
  style: 'gnu',
  synopsis: "ptx [OPTION]... [INPUT]...   (without -G)",
  flags: [
    { short: "A", long: "auto-reference" },
    { short: "b", long: "break-file", value: 'required' },
    { short: "F", long: "flag-truncation", value: 'required' },
    { short: "f", long: "ignore-case" },
    { short: "g", long: "gap-size", value: 'required' },
    { short: "i", long: "ignore-file", value: 'required' },
    { short: "M", long: "macro-name", value: 'required' },
    { short: "o", long: "only-file", value: 'required' },
    { short: "r", long: "references" },
    { short: "R", long: "right-side-refs" },
    { long: "format", value: 'required' },
    { short: "S", long: "sentence-regexp", value: 'required' },
    { short: "G", long: "traditional" },
    { short: "t", long: "typeset-mode" },
    { short: "w", long: "width", value: 'required' },
    { short: "W", long: "word-regexp", value: 'required' },
    { short: "O" },
    { short: "T" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
