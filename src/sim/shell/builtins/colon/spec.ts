// The bash 5.1 builtin `:`: options as its source reads them (builtins/colon.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: ":",
  style: 'builtin',
  synopsis: ":",
  summary: "Null command.",
  rawArgs: true,
  helpFlags: [],
  help: () => import('./help').then((m) => m.help),
};
