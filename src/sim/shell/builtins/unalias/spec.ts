// The bash 5.1 builtin `unalias`: options as its source reads them (builtins/alias.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "unalias",
  style: 'builtin',
  synopsis: "unalias [-a] name [name ...]",
  summary: "Remove each NAME from the list of defined aliases.",
  flags: [
    { short: "a" },
  ],
  help: () => import('./help').then((m) => m.help),
};
