// The bash 5.1 builtin `suspend`: options as its source reads them (builtins/suspend.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "suspend",
  style: 'builtin',
  synopsis: "suspend [-f]",
  summary: "Suspend shell execution.",
  flags: [
    { short: "f" },
  ],
  help: () => import('./help').then((m) => m.help),
};
