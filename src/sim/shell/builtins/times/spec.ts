// The bash 5.1 builtin `times`: options as its source reads them (builtins/times.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "times",
  style: 'builtin',
  synopsis: "times",
  summary: "Display process times.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
