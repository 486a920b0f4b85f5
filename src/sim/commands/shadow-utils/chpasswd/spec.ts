// chpasswd from shadow-utils 4.9 (Rocky 9.5): options from src/chpasswd.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "chpasswd",
  style: 'gnu',
  synopsis: "chpasswd [options]",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "c", long: "crypt-method", value: 'required' },
    { short: "e", long: "encrypted" },
    { short: "m", long: "md5" },
    { short: "R", long: "root", value: 'required' },
    { short: "s", long: "sha-rounds", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
