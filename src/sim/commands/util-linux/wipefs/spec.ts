// wipefs from util-linux 2.37.4 (Rocky 9.5): options from misc-utils/wipefs.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "wipefs",
  style: 'gnu',
  synopsis: "wipefs [options] <device>",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all" },
    { short: "b", long: "backup" },
    { short: "f", long: "force" },
    { long: "lock", value: 'optional' },
    { short: "n", long: "no-act" },
    { short: "o", long: "offset", value: 'required' },
    { short: "p", long: "parsable" },
    { short: "q", long: "quiet" },
    { short: "t", long: "types", value: 'required' },
    { short: "J", long: "json" },
    { short: "i", long: "noheadings" },
    { short: "O", long: "output", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
