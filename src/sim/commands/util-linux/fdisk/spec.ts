// fdisk from util-linux 2.37.4 (Rocky 9.5): options from disk-utils/fdisk.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fdisk",
  style: 'gnu',
  synopsis: "fdisk [options] <disk>         change partition table",
  helpFlags: ['--help', '-h'],
  flags: [
    { long: "bytes" },
    { short: "L", long: "color", value: 'optional' },
    { short: "c", long: "compatibility", value: 'optional' },
    { short: "C", long: "cylinders", value: 'required' },
    { short: "H", long: "heads", value: 'required' },
    { short: "S", long: "sectors", value: 'required' },
    { short: "s", long: "getsz" },
    { short: "l", long: "list" },
    { short: "x", long: "list-details" },
    { long: "lock", value: 'optional' },
    { short: "n", long: "noauto-pt" },
    { short: "b", long: "sector-size", value: 'required' },
    { short: "t", long: "type", value: 'required' },
    { short: "u", long: "units", value: 'optional' },
    { short: "o", long: "output" },
    { short: "B", long: "protect-boot" },
    { short: "w", long: "wipe", value: 'required' },
    { short: "W", long: "wipe-partitions", value: 'required' },
    { short: "v" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
