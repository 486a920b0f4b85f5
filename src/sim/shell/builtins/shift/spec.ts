// The bash 5.1 builtin `shift`: options as its source reads them (builtins/shift.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "shift",
  style: 'builtin',
  synopsis: "shift [n]",
  summary: "Shift positional parameters.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
