// tload from procps-ng 3.3.17 (Rocky 9.5): options from tload.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tload",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "s", long: "scale", value: 'required' },
    { short: "d", long: "delay", value: 'required' },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "tload from procps-ng 3.3.17\n",
};
