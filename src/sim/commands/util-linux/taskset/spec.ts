// taskset from util-linux 2.37.4 (Rocky 9.5): options from schedutils/taskset.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "taskset",
  style: 'gnu',
  synopsis: "taskset [options] [mask | cpu-list] [pid|cmd [args...]]",
  permute: false,
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all-tasks" },
    { short: "p", long: "pid" },
    { short: "c", long: "cpu-list" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
