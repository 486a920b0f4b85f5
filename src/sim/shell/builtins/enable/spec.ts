// The bash 5.1 builtin `enable`: options as its source reads them (builtins/enable.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "enable",
  style: 'builtin',
  synopsis: "enable [-a] [-dnps] [-f filename] [name ...]",
  summary: "Enable and disable shell builtins.",
  flags: [
    { short: "a" },
    { short: "d" },
    { short: "n" },
    { short: "p" },
    { short: "s" },
    { short: "f", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
