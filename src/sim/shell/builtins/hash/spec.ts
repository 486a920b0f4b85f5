// The bash 5.1 builtin `hash`: options as its source reads them (builtins/hash.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "hash",
  style: 'builtin',
  synopsis: "hash [-lr] [-p pathname] [-dt] [name ...]",
  summary: "Remember or display program locations.",
  flags: [
    { short: "d" },
    { short: "l" },
    { short: "p", value: 'required' },
    { short: "r" },
    { short: "t" },
  ],
  help: () => import('./help').then((m) => m.help),
};
