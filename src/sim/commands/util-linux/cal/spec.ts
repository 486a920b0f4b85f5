// cal from util-linux 2.37.4 (Rocky 9.5): options from misc-utils/cal.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "cal",
  style: 'gnu',
  synopsis: "cal [options] [[[day] month] year]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "1", long: "one" },
    { short: "3", long: "three" },
    { short: "s", long: "sunday" },
    { short: "m", long: "monday" },
    { short: "j", long: "julian" },
    { short: "n", long: "months", value: 'required' },
    { short: "S", long: "span" },
    { short: "y", long: "year" },
    { short: "w", long: "week", value: 'optional' },
    { long: "color", value: 'optional' },
    { long: "reform", value: 'required' },
    { long: "iso" },
    { short: "Y", long: "twelve" },
    { short: "v", long: "vertical" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
