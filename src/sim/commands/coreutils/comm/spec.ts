// comm from GNU coreutils 8.32 (Rocky 9.5): options from src/comm.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "comm",
  style: 'gnu',
  synopsis: "comm [OPTION]... FILE1 FILE2",
  flags: [
    { long: "check-order" },
    { long: "nocheck-order" },
    { long: "output-delimiter", value: 'required' },
    { long: "total" },
    { short: "z", long: "zero-terminated" },
    { short: "1" },
    { short: "2" },
    { short: "3" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
