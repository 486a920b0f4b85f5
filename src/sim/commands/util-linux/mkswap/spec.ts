// mkswap from util-linux 2.37.4 (Rocky 9.5): options from disk-utils/mkswap.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "mkswap",
  style: 'gnu',
  synopsis: "mkswap [options] device [size]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "c", long: "check" },
    { short: "f", long: "force" },
    { short: "p", long: "pagesize", value: 'required' },
    { short: "L", long: "label", value: 'required' },
    { short: "v", long: "swapversion", value: 'required' },
    { short: "U", long: "uuid", value: 'required' },
    { long: "lock", value: 'optional' },
    { long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
