// The bash 5.1 builtin `readonly`: options as its source reads them (builtins/setattr.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "readonly",
  style: 'builtin',
  synopsis: "readonly [-aAf] [name[=value] ...] or readonly -p",
  summary: "Mark shell variables as unchangeable.",
  flags: [
    { short: "a" },
    { short: "A" },
    { short: "f" },
    { short: "n" },
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
};
