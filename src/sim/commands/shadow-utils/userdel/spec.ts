// userdel from shadow-utils 4.9 (Rocky 9.5): options from src/userdel.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "userdel",
  style: 'gnu',
  synopsis: "userdel [options] LOGIN",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "f", long: "force" },
    { short: "r", long: "remove" },
    { short: "R", long: "root", value: 'required' },
    { short: "P", long: "prefix", value: 'required' },
    { short: "Z", long: "selinux-user" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
