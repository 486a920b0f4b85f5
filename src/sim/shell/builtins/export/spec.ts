// The bash 5.1 builtin `export`: options as its source reads them (builtins/setattr.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "export",
  style: 'builtin',
  synopsis: "export [-fn] [name[=value] ...] or export -p",
  summary: "Set export attribute for shell variables.",
  flags: [
    { short: "f" },
    { short: "n" },
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
};
