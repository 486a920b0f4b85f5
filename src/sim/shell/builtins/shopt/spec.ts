// The bash 5.1 builtin `shopt`: options as its source reads them (builtins/shopt.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "shopt",
  style: 'builtin',
  synopsis: "shopt [-pqsu] [-o] [optname ...]",
  summary: "Set and unset shell options.",
  flags: [
    { short: "p" },
    { short: "s" },
    { short: "u" },
    { short: "o" },
    { short: "q" },
  ],
  help: () => import('./help').then((m) => m.help),
};
