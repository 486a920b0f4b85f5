// groupmod from shadow-utils 4.9 (Rocky 9.5): options from src/groupmod.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "groupmod",
  style: 'gnu',
  synopsis: "groupmod [options] GROUP",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "append" },
    { short: "g", long: "gid", value: 'required' },
    { short: "n", long: "new-name", value: 'required' },
    { short: "o", long: "non-unique" },
    { short: "p", long: "password", value: 'required' },
    { short: "R", long: "root", value: 'required' },
    { short: "P", long: "prefix", value: 'required' },
    { short: "U", long: "users", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
