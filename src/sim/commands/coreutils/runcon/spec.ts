// runcon from GNU coreutils 8.32 (Rocky 9.5): options from src/runcon.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "runcon",
  style: 'gnu',
  synopsis: "runcon CONTEXT COMMAND [args]",
  permute: false,
  flags: [
    { short: "r", long: "role", value: 'required' },
    { short: "t", long: "type", value: 'required' },
    { short: "u", long: "user", value: 'required' },
    { short: "l", long: "range", value: 'required' },
    { short: "c", long: "compute" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
