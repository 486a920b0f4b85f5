// tsort from GNU coreutils 8.32 (Rocky 9.5): options from src/tsort.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tsort",
  style: 'gnu',
  synopsis: "tsort [OPTION] [FILE]",
  operands: { max: 1 },
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
