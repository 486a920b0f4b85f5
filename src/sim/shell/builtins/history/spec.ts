// The bash 5.1 builtin `history`: options as its source reads them (builtins/history.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "history",
  style: 'builtin',
  synopsis: "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]",
  summary: "Display or manipulate the history list.",
  flags: [
    { short: "a" },
    { short: "c" },
    { short: "d", value: 'required' },
    { short: "n" },
    { short: "p" },
    { short: "s" },
    { short: "r" },
    { short: "w" },
  ],
  help: () => import('./help').then((m) => m.help),
};
