// gpasswd from shadow-utils 4.9 (Rocky 9.5): options from src/gpasswd.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "gpasswd",
  style: 'gnu',
  synopsis: "gpasswd [option] GROUP",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "add", value: 'required' },
    { short: "A", long: "administrators", value: 'required' },
    { short: "d", long: "delete", value: 'required' },
    { short: "M", long: "members", value: 'required' },
    { short: "Q", long: "root", value: 'required' },
    { short: "r", long: "remove-password" },
    { short: "R", long: "restrict" },
    { short: "g" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
