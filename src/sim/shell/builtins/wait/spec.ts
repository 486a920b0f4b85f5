// The bash 5.1 builtin `wait`: options as its source reads them (builtins/wait.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "wait",
  style: 'builtin',
  synopsis: "wait [-fn] [-p var] [id ...]",
  summary: "Wait for job completion and return exit status.",
  flags: [
    { short: "f" },
    { short: "n" },
    { short: "p", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
