// The bash 5.1 builtin `.`: options as its source reads them (builtins/source.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: ".",
  style: 'builtin',
  synopsis: ". filename [arguments]",
  summary: "Execute commands from a file in the current shell.",
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
};
