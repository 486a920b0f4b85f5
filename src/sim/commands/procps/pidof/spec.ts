// pidof from procps-ng 3.3.17 (Rocky 9.5): options from pidof.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pidof",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: "c", long: "check-root" },
    { short: "s", long: "single-shot" },
    { short: "o", long: "omit-pid", value: 'required' },
    { short: "S", long: "separator", value: 'required' },
    { short: "q", long: "quiet" },
    { short: "w", long: "with-workers" },
    { short: "n" },
    { short: "x" },
    { short: "m" },
    { short: "?" },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "pidof from procps-ng 3.3.17\n",
};
