// cut from GNU coreutils 8.32 (Rocky 9.5): options from src/cut.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "cut",
  style: 'gnu',
  synopsis: "cut OPTION... [FILE]...",
  flags: [
    { short: "b", long: "bytes", value: 'required' },
    { short: "c", long: "characters", value: 'required' },
    { short: "f", long: "fields", value: 'required' },
    { short: "d", long: "delimiter", value: 'required' },
    { short: "s", long: "only-delimited" },
    { long: "output-delimiter", value: 'required' },
    { long: "complement" },
    { short: "z", long: "zero-terminated" },
    { short: "n" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
