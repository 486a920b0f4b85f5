// The bash 5.1 builtin `exit`: options as its source reads them (builtins/exit.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "exit",
  style: 'builtin',
  synopsis: "exit [n]",
  summary: "Exit the shell.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
