// lsipc from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/lsipc.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "lsipc",
  style: 'gnu',
  synopsis: "lsipc [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "b", long: "bytes" },
    { short: "c", long: "creator" },
    { short: "e", long: "export" },
    { short: "g", long: "global" },
    { short: "i", long: "id", value: 'required' },
    { short: "J", long: "json" },
    { short: "l", long: "list" },
    { short: "n", long: "newline" },
    { long: "noheadings" },
    { long: "notruncate" },
    { short: "P", long: "numeric-perms" },
    { short: "o", long: "output", value: 'required' },
    { short: "q", long: "queues" },
    { short: "r", long: "raw" },
    { short: "s", long: "semaphores" },
    { short: "m", long: "shmems" },
    { short: "t", long: "time" },
    { long: "time-format", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
