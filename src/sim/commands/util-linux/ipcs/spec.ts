// ipcs from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/ipcs.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ipcs",
  style: 'gnu',
  synopsis: "ipcs [resource-option...] [output-option]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "i", long: "id", value: 'required' },
    { short: "q", long: "queues" },
    { short: "m", long: "shmems" },
    { short: "s", long: "semaphores" },
    { short: "a", long: "all" },
    { short: "t", long: "time" },
    { short: "p", long: "pid" },
    { short: "c", long: "creator" },
    { short: "l", long: "limits" },
    { short: "u", long: "summary" },
    { long: "human" },
    { short: "b", long: "bytes" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
