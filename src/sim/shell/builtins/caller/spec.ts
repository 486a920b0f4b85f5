// The bash 5.1 builtin `caller`: options as its source reads them (builtins/caller.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "caller",
  style: 'builtin',
  synopsis: "caller [expr]",
  summary: "Return the context of the current subroutine call.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
