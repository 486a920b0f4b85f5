// The bash 5.1 builtin `logout`: options as its source reads them (builtins/exit.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "logout",
  style: 'builtin',
  synopsis: "logout [n]",
  summary: "Exit a login shell.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
