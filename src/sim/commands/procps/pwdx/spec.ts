// pwdx from procps-ng 3.3.17 (Rocky 9.5): options from pwdx.c, help in help.ts.
// Written by scripts/golden/procps-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "pwdx",
  style: 'gnu',
  helpFlags: ["-h","--help"],
  usageTail: 'help',
  flags: [
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: "pwdx from procps-ng 3.3.17\n",
};
