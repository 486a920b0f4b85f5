// The bash 5.1 builtin `unset`: options as its source reads them (builtins/set.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "unset",
  style: 'builtin',
  synopsis: "unset [-f] [-v] [-n] [name ...]",
  summary: "Unset values and attributes of shell variables and functions.",
  flags: [
    { short: "f" },
    { short: "n" },
    { short: "v" },
  ],
  help: () => import('./help').then((m) => m.help),
};
