// The bash 5.1 builtin `cd`: options as its source reads them (builtins/cd.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "cd",
  style: 'builtin',
  synopsis: "cd [-L|[-P [-e]] [-@]] [dir]",
  summary: "Change the shell working directory.",
  flags: [
    { short: "e" },
    { short: "L" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
};
