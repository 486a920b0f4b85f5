// uptime from procps-ng 3.3.17 (Rocky 9.5): options from uptime.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "uptime",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "p", long: "pretty" },
    { short: "s", long: "since" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "uptime from procps-ng 3.3.17\n",
};
