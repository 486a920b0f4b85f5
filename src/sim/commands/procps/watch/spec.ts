// watch from procps-ng 3.3.17 (Rocky 9.5): options from watch.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "watch",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  permute: false,
  flags: [
    { short: "c", long: "color" },
    { short: "d", long: "differences", value: 'optional' },
    { short: "n", long: "interval", value: 'required' },
    { short: "b", long: "beep" },
    { short: "e", long: "errexit" },
    { short: "g", long: "chgexit" },
    { short: "x", long: "exec" },
    { short: "p", long: "precise" },
    { short: "t", long: "no-title" },
    { short: "w", long: "no-wrap" },
    { short: 'v', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "watch from procps-ng 3.3.17\n",
};
