// The bash 5.1 builtin `eval`: options as its source reads them (builtins/eval.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "eval",
  style: 'builtin',
  synopsis: "eval [arg ...]",
  summary: "Execute arguments as a shell command.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
