// lastlog from shadow-utils 4.9 (Rocky 9.5): options from src/lastlog.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(EXIT_FAILURE) prints the help on stderr, exit 1.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "lastlog",
  style: 'gnu',
  synopsis: "lastlog [options]",
  usageStatus: 1,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "before", value: 'required' },
    { short: "C", long: "clear" },
    { short: "R", long: "root", value: 'required' },
    { short: "S", long: "set" },
    { short: "t", long: "time", value: 'required' },
    { short: "u", long: "user", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
