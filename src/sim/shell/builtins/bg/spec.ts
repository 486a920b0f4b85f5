// The bash 5.1 builtin `bg`: options as its source reads them (builtins/fg_bg.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "bg",
  style: 'builtin',
  synopsis: "bg [job_spec ...]",
  summary: "Move jobs to the background.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
