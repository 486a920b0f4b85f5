// The bash 5.1 builtin `kill`: options as its source reads them (builtins/kill.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "kill",
  style: 'builtin',
  synopsis: "kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
  summary: "Send a signal to a job.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
