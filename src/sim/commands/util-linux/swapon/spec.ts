// swapon from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/swapon.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "swapon",
  style: 'gnu',
  synopsis: "swapon [options] [<spec>]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "p", long: "priority", value: 'required' },
    { short: "d", long: "discard", value: 'optional' },
    { short: "e", long: "ifexists" },
    { short: "o", long: "options", value: 'optional' },
    { short: "s", long: "summary" },
    { short: "f", long: "fixpgsz" },
    { short: "a", long: "all" },
    { short: "v", long: "verbose" },
    { long: "show", value: 'optional' },
    { long: "output-all" },
    { long: "noheadings" },
    { long: "raw" },
    { long: "bytes" },
    { short: "L", value: 'required' },
    { short: "U", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
