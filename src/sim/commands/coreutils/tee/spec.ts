// tee from GNU coreutils 8.32 (Rocky 9.5): options from src/tee.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tee",
  style: 'gnu',
  synopsis: "tee [OPTION]... [FILE]...",
  flags: [
    { short: "a", long: "append" },
    { short: "i", long: "ignore-interrupts" },
    { short: "p", long: "output-error", value: 'optional' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
