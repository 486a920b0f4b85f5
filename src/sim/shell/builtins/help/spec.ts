// The bash 5.1 builtin `help`: options as its source reads them (builtins/help.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "help",
  style: 'builtin',
  synopsis: "help [-dms] [pattern ...]",
  summary: "Display information about builtin commands.",
  flags: [
    { short: "d" },
    { short: "m" },
    { short: "s" },
  ],
  help: () => import('./help').then((m) => m.help),
};
