// ionice from util-linux 2.37.4 (Rocky 9.5): options from schedutils/ionice.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ionice",
  style: 'gnu',
  synopsis: "ionice [options] -p <pid>...",
  permute: false,
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "n", long: "classdata", value: 'required' },
    { short: "c", long: "class", value: 'required' },
    { short: "t", long: "ignore" },
    { short: "p", long: "pid", value: 'required' },
    { short: "P", long: "pgid", value: 'required' },
    { short: "u", long: "uid", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
