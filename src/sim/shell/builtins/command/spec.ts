// The bash 5.1 builtin `command`: options as its source reads them (builtins/command.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "command",
  style: 'builtin',
  synopsis: "command [-pVv] command [arg ...]",
  summary: "Execute a simple command or display information about commands.",
  flags: [
    { short: "p" },
    { short: "v" },
    { short: "V" },
  ],
  help: () => import('./help').then((m) => m.help),
};
