// The bash 5.1 builtin `typeset`: options as its source reads them (builtins/declare.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "typeset",
  style: 'builtin',
  synopsis: "typeset [-aAfFgiIlnrtux] [-p] name[=value] ...",
  summary: "Set variable values and attributes.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
