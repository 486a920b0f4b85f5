// crontab of cronie 1.5.7 (Rocky 9.5): getopt(3) with "u:lerisncx:VT" (no --help: crontab reads its own argv), usage in help.ts.
// Written by scripts/golden/cronie-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'crontab',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  abbreviations: false,
  flags: [
    { short: "u", value: 'required' },
    { short: "l" },
    { short: "e" },
    { short: "r" },
    { short: "i" },
    { short: "s" },
    { short: "n" },
    { short: "c" },
    { short: "x", value: 'required' },
    { short: "V" },
    { short: "T" },
  ],
  help: () => import('./help').then((m) => m.usage),
};
