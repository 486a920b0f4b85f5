// ul from util-linux 2.37.4 (Rocky 9.5): options from text-utils/ul.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ul",
  style: 'gnu',
  synopsis: "ul [options] [<file> ...]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "t", long: "terminal", value: 'required' },
    { short: "i", long: "indicated" },
    { short: "T", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
