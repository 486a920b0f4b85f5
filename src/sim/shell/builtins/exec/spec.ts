// The bash 5.1 builtin `exec`: options as its source reads them (builtins/exec.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "exec",
  style: 'builtin',
  synopsis: "exec [-cl] [-a name] [command [argument ...]] [redirection ...]",
  summary: "Replace the shell with the given command.",
  flags: [
    { short: "c" },
    { short: "l" },
    { short: "a", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
