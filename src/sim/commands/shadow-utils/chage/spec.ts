// chage from shadow-utils 4.9 (Rocky 9.5): options from src/chage.c, help in help.ts.
// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.
// A bad option: getopt's message, then usage(E_USAGE) prints the help on stderr, exit 2.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "chage",
  style: 'gnu',
  synopsis: "chage [options] LOGIN",
  usageStatus: 2,
  usageTail: 'help',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "d", long: "lastday", value: 'required' },
    { short: "E", long: "expiredate", value: 'required' },
    { short: "I", long: "inactive", value: 'required' },
    { short: "l", long: "list" },
    { short: "m", long: "mindays", value: 'required' },
    { short: "M", long: "maxdays", value: 'required' },
    { short: "R", long: "root", value: 'required' },
    { short: "W", long: "warndays", value: 'required' },
    { short: "i", long: "iso8601" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
};
