// expr from GNU coreutils 8.32 (Rocky 9.5): options from src/expr.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "expr",
  style: 'gnu',
  synopsis: "expr EXPRESSION",
  rawArgs: true,
  helpFlags: [],
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
