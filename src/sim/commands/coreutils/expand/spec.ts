// expand from GNU coreutils 8.32 (Rocky 9.5): options from src/expand.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "expand",
  style: 'gnu',
  synopsis: "expand [OPTION]... [FILE]...",
  flags: [
    { short: "t", long: "tabs", value: 'required' },
    { short: "i", long: "initial" },
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
