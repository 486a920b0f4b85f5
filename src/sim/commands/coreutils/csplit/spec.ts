// csplit from GNU coreutils 8.32 (Rocky 9.5): options from src/csplit.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "csplit",
  style: 'gnu',
  synopsis: "csplit [OPTION]... FILE PATTERN...",
  flags: [
    { short: "n", long: "digits", value: 'required' },
    { short: "q", long: "quiet" },
    { short: "s", long: "silent" },
    { short: "k", long: "keep-files" },
    { short: "z", long: "elide-empty-files" },
    { short: "f", long: "prefix", value: 'required' },
    { short: "b", long: "suffix-format", value: 'required' },
    { long: "suppress-matched" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
