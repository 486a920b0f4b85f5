// partx from util-linux 2.37.4 (Rocky 9.5): options from disk-utils/partx.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "partx",
  style: 'gnu',
  synopsis: "partx [-a|-d|-s|-u] [--nr <n:m> | <partition>] <disk>",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "bytes" },
    { short: "g", long: "noheadings" },
    { short: "r", long: "raw" },
    { short: "l", long: "list" },
    { short: "s", long: "show" },
    { short: "a", long: "add" },
    { short: "d", long: "delete" },
    { short: "u", long: "update" },
    { short: "t", long: "type", value: 'required' },
    { long: "list-types" },
    { short: "n", long: "nr", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { long: "output-all" },
    { short: "P", long: "pairs" },
    { short: "S", long: "sector-size", value: 'required' },
    { short: "v", long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
