// The bash 5.1 builtin `echo`: options as its source reads them (builtins/echo.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "echo",
  style: 'builtin',
  synopsis: "echo [-neE] [arg ...]",
  summary: "Write arguments to the standard output.",
  rawArgs: true,
  helpFlags: [],
  help: () => import('./help').then((m) => m.help),
};
