// pmap from procps-ng 3.3.17 (Rocky 9.5): options from pmap.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pmap",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "x", long: "extended" },
    { short: "d", long: "device" },
    { short: "q", long: "quiet" },
    { short: "A", long: "range", value: 'required' },
    { short: "c", long: "read-rc" },
    { short: "C", long: "read-rc-from", value: 'required' },
    { short: "n", long: "create-rc" },
    { short: "N", long: "create-rc-to", value: 'required' },
    { short: "p", long: "show-path" },
    { short: "X" },
    { short: "r" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "pmap from procps-ng 3.3.17\n",
};
