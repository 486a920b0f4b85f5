// unexpand from GNU coreutils 8.32 (Rocky 9.5): options from src/unexpand.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "unexpand",
  style: 'gnu',
  synopsis: "unexpand [OPTION]... [FILE]...",
  flags: [
    { short: "t", long: "tabs", value: 'required' },
    { short: "a", long: "all" },
    { long: "first-only" },
    { short: "," },
    { short: "0" },
    { short: "1" },
    { short: "2" },
    { short: "3" },
    { short: "4" },
    { short: "5" },
    { short: "6" },
    { short: "7" },
    { short: "8" },
    { short: "9" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
