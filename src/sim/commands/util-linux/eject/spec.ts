// eject from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/eject.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "eject",
  style: 'gnu',
  synopsis: "eject [options] [<device>|<mountpoint>]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "auto", value: 'required' },
    { short: "r", long: "cdrom" },
    { short: "x", long: "cdspeed", value: 'required' },
    { short: "c", long: "changerslot", value: 'required' },
    { short: "d", long: "default" },
    { short: "f", long: "floppy" },
    { short: "F", long: "force" },
    { short: "X", long: "listspeed" },
    { short: "i", long: "manualeject", value: 'required' },
    { short: "n", long: "noop" },
    { short: "m", long: "no-unmount" },
    { short: "M", long: "no-partitions-unmount" },
    { short: "p", long: "proc" },
    { short: "s", long: "scsi" },
    { short: "q", long: "tape" },
    { short: "t", long: "trayclose" },
    { short: "T", long: "traytoggle" },
    { short: "v", long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
