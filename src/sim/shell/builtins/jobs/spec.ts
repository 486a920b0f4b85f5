// The bash 5.1 builtin `jobs`: options as its source reads them (builtins/jobs.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "jobs",
  style: 'builtin',
  synopsis: "jobs [-lnprs] [jobspec ...] or jobs -x command [args]",
  summary: "Display status of jobs.",
  flags: [
    { short: "l" },
    { short: "p" },
    { short: "n" },
    { short: "x" },
    { short: "r" },
    { short: "s" },
  ],
  help: () => import('./help').then((m) => m.help),
};
