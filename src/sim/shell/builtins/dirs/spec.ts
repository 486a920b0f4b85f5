// The bash 5.1 builtin `dirs`: options as its source reads them (builtins/pushd.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "dirs",
  style: 'builtin',
  synopsis: "dirs [-clpv] [+N] [-N]",
  summary: "Display directory stack.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
