// The bash 5.1 builtin `local`: options as its source reads them (builtins/declare.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "local",
  style: 'builtin',
  synopsis: "local [option] name[=value] ...",
  summary: "Define local variables.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
