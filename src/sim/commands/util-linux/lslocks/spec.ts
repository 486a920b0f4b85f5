// lslocks from util-linux 2.37.4 (Rocky 9.5): options from misc-utils/lslocks.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "lslocks",
  style: 'gnu',
  synopsis: "lslocks [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "bytes" },
    { short: "J", long: "json" },
    { short: "p", long: "pid", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { long: "output-all" },
    { short: "u", long: "notruncate" },
    { short: "n", long: "noheadings" },
    { short: "r", long: "raw" },
    { short: "i", long: "noinaccessible" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
