// vmstat from procps-ng 3.3.17 (Rocky 9.5): options from vmstat.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "vmstat",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "a", long: "active" },
    { short: "f", long: "forks" },
    { short: "m", long: "slabs" },
    { short: "n", long: "one-header" },
    { short: "s", long: "stats" },
    { short: "d", long: "disk" },
    { short: "D", long: "disk-sum" },
    { short: "p", long: "partition", value: 'required' },
    { short: "S", long: "unit", value: 'required' },
    { short: "w", long: "wide" },
    { short: "t", long: "timestamp" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "vmstat from procps-ng 3.3.17\n",
};
