// mkfifo from GNU coreutils 8.32 (Rocky 9.5): options from src/mkfifo.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "mkfifo",
  style: 'gnu',
  synopsis: "mkfifo [OPTION]... NAME...",
  operands: { min: 1, missing: "missing operand" },
  flags: [
    { long: "context", value: 'optional' },
    { short: "m", long: "mode", value: 'required' },
    { short: "Z" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
