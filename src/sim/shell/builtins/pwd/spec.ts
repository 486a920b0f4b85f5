// The bash 5.1 builtin `pwd`: options as its source reads them (builtins/cd.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pwd",
  style: 'builtin',
  synopsis: "pwd [-LP]",
  summary: "Print the name of the current working directory.",
  flags: [
    { short: "L" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
};
