// more from util-linux 2.37.4 (Rocky 9.5): options from text-utils/more.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "more",
  style: 'gnu',
  synopsis: "more [options] <file>...",
  numberFlag: 'lines',
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "d", long: "silent" },
    { short: "f", long: "logical" },
    { short: "l", long: "no-pause" },
    { short: "c", long: "print-over" },
    { short: "p", long: "clean-print" },
    { short: "s", long: "squeeze" },
    { short: "u", long: "plain" },
    { short: "n", long: "lines", value: 'required' },
    { short: "e" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
