// The bash 5.1 builtin `builtin`: options as its source reads them (builtins/builtin.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "builtin",
  style: 'builtin',
  synopsis: "builtin [shell-builtin [arg ...]]",
  summary: "Execute shell builtins.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
