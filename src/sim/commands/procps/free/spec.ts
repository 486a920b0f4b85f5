// free from procps-ng 3.3.17 (Rocky 9.5): options from free.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "free",
  style: 'gnu',
  helpFlags: ["--help"],
  usageTail: 'help',
  flags: [
    { short: "b", long: "bytes" },
    { long: "kilo" },
    { long: "mega" },
    { long: "giga" },
    { long: "tera" },
    { long: "peta" },
    { short: "k", long: "kibi" },
    { short: "m", long: "mebi" },
    { short: "g", long: "gibi" },
    { long: "tebi" },
    { long: "pebi" },
    { short: "h", long: "human" },
    { long: "si" },
    { short: "l", long: "lohi" },
    { short: "t", long: "total" },
    { short: "s", long: "seconds", value: 'required' },
    { short: "c", long: "count", value: 'required' },
    { short: "w", long: "wide" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "free from procps-ng 3.3.17\n",
};
