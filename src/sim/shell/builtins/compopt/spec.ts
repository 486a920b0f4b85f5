// The bash 5.1 builtin `compopt`: options as its source reads them (builtins/complete.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "compopt",
  style: 'builtin',
  synopsis: "compopt [-o|+o option] [-DEI] [name ...]",
  summary: "Modify or display completion options.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
