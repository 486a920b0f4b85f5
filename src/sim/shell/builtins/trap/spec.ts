// The bash 5.1 builtin `trap`: options as its source reads them (builtins/trap.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "trap",
  style: 'builtin',
  synopsis: "trap [-lp] [[arg] signal_spec ...]",
  summary: "Trap signals and other events.",
  flags: [
    { short: "l" },
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
};
