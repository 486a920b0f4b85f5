// The bash 5.1 builtin `read`: options as its source reads them (builtins/read.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "read",
  style: 'builtin',
  synopsis: "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
  summary: "Read a line from the standard input and split it into fields.",
  flags: [
    { short: "e" },
    { short: "r" },
    { short: "s" },
    { short: "a", value: 'required' },
    { short: "d", value: 'required' },
    { short: "i", value: 'required' },
    { short: "n", value: 'required' },
    { short: "p", value: 'required' },
    { short: "t", value: 'required' },
    { short: "u", value: 'required' },
    { short: "N", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
