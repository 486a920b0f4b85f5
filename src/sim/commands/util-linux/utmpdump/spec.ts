// utmpdump from util-linux 2.37.4 (Rocky 9.5): options from login-utils/utmpdump.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "utmpdump",
  style: 'gnu',
  synopsis: "utmpdump [options] [filename]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "f", long: "follow" },
    { short: "r", long: "reverse" },
    { short: "o", long: "output", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
