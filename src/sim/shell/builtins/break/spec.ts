// The bash 5.1 builtin `break`: options as its source reads them (builtins/break.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "break",
  style: 'builtin',
  synopsis: "break [n]",
  summary: "Exit for, while, or until loops.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
