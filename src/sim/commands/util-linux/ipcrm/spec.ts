// ipcrm from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/ipcrm.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "ipcrm",
  style: 'gnu',
  synopsis: "ipcrm [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "m", long: "shmem-id", value: 'required' },
    { short: "M", long: "shmem-key", value: 'required' },
    { short: "q", long: "queue-id", value: 'required' },
    { short: "Q", long: "queue-key", value: 'required' },
    { short: "s", long: "semaphore-id", value: 'required' },
    { short: "S", long: "semaphore-key", value: 'required' },
    { short: "a", long: "all", value: 'optional' },
    { short: "v", long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
