// lsmem from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/lsmem.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "lsmem",
  style: 'gnu',
  synopsis: "lsmem [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all" },
    { short: "b", long: "bytes" },
    { short: "J", long: "json" },
    { short: "n", long: "noheadings" },
    { short: "o", long: "output", value: 'required' },
    { long: "output-all" },
    { short: "P", long: "pairs" },
    { short: "r", long: "raw" },
    { short: "s", long: "sysroot", value: 'required' },
    { short: "S", long: "split", value: 'required' },
    { long: "summary", value: 'optional' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
