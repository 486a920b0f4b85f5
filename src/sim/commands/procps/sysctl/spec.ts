// sysctl from procps-ng 3.3.17 (Rocky 9.5): options from sysctl.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "sysctl",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help-stdout',
  usageStatus: 0,
  flags: [
    { short: "a", long: "all" },
    { long: "deprecated" },
    { short: "b", long: "binary" },
    { short: "e", long: "ignore" },
    { short: "N", long: "names" },
    { short: "n", long: "values" },
    { short: "p", long: "load", value: 'optional' },
    { short: "q", long: "quiet" },
    { short: "w", long: "write" },
    { long: "system" },
    { short: "r", long: "pattern", value: 'required' },
    { short: "f" },
    { short: "o" },
    { short: "x" },
    { short: "A" },
    { short: "X" },
    { short: "d" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "sysctl from procps-ng 3.3.17\n",
};
