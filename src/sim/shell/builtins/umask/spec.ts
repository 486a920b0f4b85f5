// The bash 5.1 builtin `umask`: options as its source reads them (builtins/umask.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "umask",
  style: 'builtin',
  synopsis: "umask [-p] [-S] [mode]",
  summary: "Display or set file mode mask.",
  flags: [
    { short: "S" },
    { short: "p" },
  ],
  help: () => import('./help').then((m) => m.help),
};
