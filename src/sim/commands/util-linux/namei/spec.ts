// namei from util-linux 2.37.4 (Rocky 9.5): options from misc-utils/namei.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "namei",
  style: 'gnu',
  synopsis: "namei [options] <pathname>...",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "x", long: "mountpoints" },
    { short: "m", long: "modes" },
    { short: "o", long: "owners" },
    { short: "l", long: "long" },
    { short: "n", long: "nolinks" },
    { short: "v", long: "vertical" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
