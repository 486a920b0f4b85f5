// chcon from GNU coreutils 8.32 (Rocky 9.5): options from src/chcon.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "chcon",
  style: 'gnu',
  synopsis: "chcon [OPTION]... CONTEXT FILE...",
  flags: [
    { short: "R", long: "recursive" },
    { long: "dereference" },
    { short: "h", long: "no-dereference" },
    { long: "no-preserve-root" },
    { long: "preserve-root" },
    { long: "reference", value: 'required' },
    { short: "u", long: "user", value: 'required' },
    { short: "r", long: "role", value: 'required' },
    { short: "t", long: "type", value: 'required' },
    { short: "l", long: "range", value: 'required' },
    { short: "v", long: "verbose" },
    { short: "H" },
    { short: "L" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
