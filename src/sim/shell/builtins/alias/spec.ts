// The bash 5.1 builtin `alias`: options as its source reads them (builtins/alias.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "alias",
  style: 'builtin',
  synopsis: "alias [-p] [name[=value] ... ]",
  summary: "Define or display aliases.",
  flags: [
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
};
