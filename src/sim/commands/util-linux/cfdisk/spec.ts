// cfdisk from util-linux 2.37.4 (Rocky 9.5): options from disk-utils/cfdisk.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "cfdisk",
  style: 'gnu',
  synopsis: "cfdisk [options] <disk>",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "L", long: "color", value: 'optional' },
    { long: "lock", value: 'optional' },
    { short: "z", long: "zero" },
    { short: "r", long: "read-only" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
