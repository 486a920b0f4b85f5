// usermod from shadow-utils 4.9 (Rocky 9.5): options from src/usermod.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "usermod",
  style: 'gnu',
  synopsis: "usermod [options] LOGIN",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "append" },
    { short: "b", long: "badnames" },
    { short: "c", long: "comment", value: 'required' },
    { short: "d", long: "home", value: 'required' },
    { short: "e", long: "expiredate", value: 'required' },
    { short: "f", long: "inactive", value: 'required' },
    { short: "g", long: "gid", value: 'required' },
    { short: "G", long: "groups", value: 'required' },
    { short: "l", long: "login", value: 'required' },
    { short: "L", long: "lock" },
    { short: "m", long: "move-home" },
    { short: "o", long: "non-unique" },
    { short: "p", long: "password", value: 'required' },
    { short: "R", long: "root", value: 'required' },
    { short: "P", long: "prefix", value: 'required' },
    { short: "s", long: "shell", value: 'required' },
    { short: "u", long: "uid", value: 'required' },
    { short: "U", long: "unlock" },
    { short: "v", long: "add-subuids", value: 'required' },
    { short: "V", long: "del-subuids", value: 'required' },
    { short: "w", long: "add-subgids", value: 'required' },
    { short: "W", long: "del-subgids", value: 'required' },
    { short: "Z", long: "selinux-user", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
