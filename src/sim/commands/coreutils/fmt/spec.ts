// fmt from GNU coreutils 8.32 (Rocky 9.5): options from src/fmt.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fmt",
  style: 'gnu',
  synopsis: "fmt [-WIDTH] [OPTION]... [FILE]...",
  flags: [
    { short: "c", long: "crown-margin" },
    { short: "p", long: "prefix", value: 'required' },
    { short: "s", long: "split-only" },
    { short: "t", long: "tagged-paragraph" },
    { short: "u", long: "uniform-spacing" },
    { short: "w", long: "width", value: 'required' },
    { short: "g", long: "goal", value: 'required' },
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
