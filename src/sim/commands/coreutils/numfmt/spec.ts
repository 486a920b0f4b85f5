// numfmt from GNU coreutils 8.32 (Rocky 9.5): options from src/numfmt.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "numfmt",
  style: 'gnu',
  synopsis: "numfmt [OPTION]... [NUMBER]...",
  flags: [
    { long: "from", value: 'required' },
    { long: "from-unit", value: 'required' },
    { long: "to", value: 'required' },
    { long: "to-unit", value: 'required' },
    { long: "round", value: 'required' },
    { long: "padding", value: 'required' },
    { long: "suffix", value: 'required' },
    { long: "grouping" },
    { short: "d", long: "delimiter", value: 'required' },
    { long: "field", value: 'required' },
    { long: "debug" },
    { long: "-debug" },
    { long: "header", value: 'optional' },
    { long: "format", value: 'required' },
    { long: "invalid", value: 'required' },
    { short: "z", long: "zero-terminated" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
