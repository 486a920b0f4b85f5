// The bash 5.1 builtin `source`: options as its source reads them (builtins/source.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "source",
  style: 'builtin',
  synopsis: "source filename [arguments]",
  summary: "Execute commands from a file in the current shell.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
