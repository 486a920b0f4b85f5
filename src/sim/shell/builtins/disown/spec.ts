// The bash 5.1 builtin `disown`: options as its source reads them (builtins/jobs.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "disown",
  style: 'builtin',
  synopsis: "disown [-h] [-ar] [jobspec ... | pid ...]",
  summary: "Remove jobs from current shell.",
  flags: [
    { short: "a" },
    { short: "h" },
    { short: "r" },
  ],
  help: () => import('./help').then((m) => m.help),
};
