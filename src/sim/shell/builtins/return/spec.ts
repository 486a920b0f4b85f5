// The bash 5.1 builtin `return`: options as its source reads them (builtins/return.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "return",
  style: 'builtin',
  synopsis: "return [n]",
  summary: "Return from a shell function.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
