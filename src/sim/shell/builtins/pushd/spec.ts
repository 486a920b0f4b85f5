// The bash 5.1 builtin `pushd`: options as its source reads them (builtins/pushd.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pushd",
  style: 'builtin',
  synopsis: "pushd [-n] [+N | -N | dir]",
  summary: "Add directories to stack.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
