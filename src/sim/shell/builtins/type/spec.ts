// The bash 5.1 builtin `type`: options as its source reads them (builtins/type.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "type",
  style: 'builtin',
  synopsis: "type [-afptP] name [name ...]",
  summary: "Display information about command type.",
  flags: [
    { short: "a" },
    { short: "f" },
    { short: "p" },
    { short: "t" },
    { short: "P" },
  ],
  help: () => import('./help').then((m) => m.help),
};
