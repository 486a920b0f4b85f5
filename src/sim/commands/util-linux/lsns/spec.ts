// lsns from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/lsns.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "lsns",
  style: 'gnu',
  synopsis: "lsns [options] [<namespace>]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "J", long: "json" },
    { short: "p", long: "task", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { long: "output-all" },
    { short: "u", long: "notruncate" },
    { short: "n", long: "noheadings" },
    { short: "W", long: "nowrap" },
    { short: "l", long: "list" },
    { short: "r", long: "raw" },
    { short: "t", long: "type", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
