// The bash 5.1 builtin `set`: options as its source reads them (builtins/set.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "set",
  style: 'builtin',
  synopsis: "set [-abefhkmnptuvxBCHP] [-o option-name] [--] [arg ...]",
  summary: "Set or unset values of shell options and positional parameters.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
