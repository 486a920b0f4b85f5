// link from GNU coreutils 8.32 (Rocky 9.5): options from src/link.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "link",
  style: 'gnu',
  synopsis: "link FILE1 FILE2",
  operands: { max: 2 },
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
