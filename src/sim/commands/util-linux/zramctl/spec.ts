// zramctl from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/zramctl.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "zramctl",
  style: 'gnu',
  synopsis: "zramctl [options] <device>",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "algorithm", value: 'required' },
    { short: "b", long: "bytes" },
    { short: "f", long: "find" },
    { short: "o", long: "output", value: 'required' },
    { long: "output-all" },
    { short: "n", long: "noheadings" },
    { short: "r", long: "reset" },
    { long: "raw" },
    { short: "s", long: "size", value: 'required' },
    { short: "t", long: "streams", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
