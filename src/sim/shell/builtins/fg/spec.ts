// The bash 5.1 builtin `fg`: options as its source reads them (builtins/fg_bg.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fg",
  style: 'builtin',
  synopsis: "fg [job_spec]",
  summary: "Move job to the foreground.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
