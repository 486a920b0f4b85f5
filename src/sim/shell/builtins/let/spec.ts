// The bash 5.1 builtin `let`: options as its source reads them (builtins/let.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "let",
  style: 'builtin',
  synopsis: "let arg [arg ...]",
  summary: "Evaluate arithmetic expressions.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
