// useradd from shadow-utils 4.9 (Rocky 9.5): options from src/useradd.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "useradd",
  style: 'gnu',
  synopsis: "useradd [options] LOGIN",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "base-dir", value: 'required' },
    { long: "btrfs-subvolume-home" },
    { long: "badnames" },
    { short: "c", long: "comment", value: 'required' },
    { short: "d", long: "home-dir", value: 'required' },
    { short: "D", long: "defaults" },
    { short: "e", long: "expiredate", value: 'required' },
    { short: "f", long: "inactive", value: 'required' },
    { short: "g", long: "gid", value: 'required' },
    { short: "G", long: "groups", value: 'required' },
    { short: "k", long: "skel", value: 'required' },
    { short: "K", long: "key", value: 'required' },
    { short: "l", long: "no-log-init" },
    { short: "m", long: "create-home" },
    { short: "M", long: "no-create-home" },
    { short: "N", long: "no-user-group" },
    { short: "o", long: "non-unique" },
    { short: "p", long: "password", value: 'required' },
    { short: "r", long: "system" },
    { short: "R", long: "root", value: 'required' },
    { short: "P", long: "prefix", value: 'required' },
    { short: "s", long: "shell", value: 'required' },
    { short: "u", long: "uid", value: 'required' },
    { short: "U", long: "user-group" },
    { short: "Z", long: "selinux-user", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
