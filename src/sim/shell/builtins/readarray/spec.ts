// The bash 5.1 builtin `readarray`: options as its source reads them (builtins/mapfile.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "readarray",
  style: 'builtin',
  synopsis: "readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
  summary: "Read lines from a file into an array variable.",
  flags: [
    { short: "d", value: 'required' },
    { short: "u", value: 'required' },
    { short: "n", value: 'required' },
    { short: "O", value: 'required' },
    { short: "t" },
    { short: "C", value: 'required' },
    { short: "c", value: 'required' },
    { short: "s", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
