// col from util-linux 2.37.4 (Rocky 9.5): options from text-utils/col.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "col",
  style: 'gnu',
  synopsis: "col [options]",
  helpFlags: ['--help', '-H'],
  flags: [
    { short: "b", long: "no-backspaces" },
    { short: "f", long: "fine" },
    { short: "p", long: "pass" },
    { short: "h", long: "tabs" },
    { short: "x", long: "spaces" },
    { short: "l", long: "lines", value: 'required' },
    { short: 'H', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
