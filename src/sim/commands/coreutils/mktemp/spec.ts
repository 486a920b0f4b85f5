// mktemp from GNU coreutils 8.32 (Rocky 9.5): options from src/mktemp.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "mktemp",
  style: 'gnu',
  synopsis: "mktemp [OPTION]... [TEMPLATE]",
  flags: [
    { short: "d", long: "directory" },
    { short: "q", long: "quiet" },
    { short: "u", long: "dry-run" },
    { long: "suffix", value: 'required' },
    { short: "p", long: "tmpdir", value: 'optional' },
    { short: "t" },
    { short: "V" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
