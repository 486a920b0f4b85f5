// w from procps-ng 3.3.17 (Rocky 9.5): options from w.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "w",
  style: 'gnu',
  helpFlags: ["--help"],
  usageTail: 'help',
  flags: [
    { short: "h", long: "no-header" },
    { short: "u", long: "no-current" },
    { short: "s", long: "short" },
    { short: "f", long: "from" },
    { short: "o", long: "old-style" },
    { short: "i", long: "ip-addr" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "w from procps-ng 3.3.17\n",
};
