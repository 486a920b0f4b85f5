// The bash 5.1 builtin `printf`: options as its source reads them (builtins/printf.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "printf",
  style: 'builtin',
  synopsis: "printf [-v var] format [arguments]",
  summary: "Formats and prints ARGUMENTS under control of the FORMAT.",
  flags: [
    { short: "v", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
