// The bash 5.1 builtin `getopts`: options as its source reads them (builtins/getopts.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "getopts",
  style: 'builtin',
  synopsis: "getopts optstring name [arg ...]",
  summary: "Parse option arguments.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
