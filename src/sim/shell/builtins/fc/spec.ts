// The bash 5.1 builtin `fc`: options as its source reads them (builtins/fc.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fc",
  style: 'builtin',
  synopsis: "fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]",
  summary: "Display or execute commands from the history list.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
