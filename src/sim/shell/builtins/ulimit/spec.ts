// The bash 5.1 builtin `ulimit`: options as its source reads them (builtins/ulimit.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ulimit",
  style: 'builtin',
  synopsis: "ulimit [-SHabcdefiklmnpqrstuvxPT] [limit]",
  summary: "Modify shell resource limits.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
