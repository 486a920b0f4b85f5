// slabtop from procps-ng 3.3.17 (Rocky 9.5): options from slabtop.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "slabtop",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "d", long: "delay", value: 'required' },
    { short: "s", long: "sort", value: 'required' },
    { short: "o", long: "once" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "slabtop from procps-ng 3.3.17\n",
};
