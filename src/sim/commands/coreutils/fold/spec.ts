// fold from GNU coreutils 8.32 (Rocky 9.5): options from src/fold.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fold",
  style: 'gnu',
  synopsis: "fold [OPTION]... [FILE]...",
  flags: [
    { short: "b", long: "bytes" },
    { short: "s", long: "spaces" },
    { short: "w", long: "width", value: 'required' },
    { short: "0", value: 'optional' },
    { short: "1", value: 'optional' },
    { short: "2", value: 'optional' },
    { short: "3", value: 'optional' },
    { short: "4", value: 'optional' },
    { short: "5", value: 'optional' },
    { short: "6", value: 'optional' },
    { short: "7", value: 'optional' },
    { short: "8", value: 'optional' },
    { short: "9", value: 'optional' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
