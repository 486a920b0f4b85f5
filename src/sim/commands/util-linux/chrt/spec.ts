// chrt from util-linux 2.37.4 (Rocky 9.5): options from schedutils/chrt.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "chrt",
  style: 'gnu',
  synopsis: "chrt [options] <priority> <command> [<arg>...]",
  permute: false,
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all-tasks" },
    { short: "b", long: "batch" },
    { short: "d", long: "deadline" },
    { short: "f", long: "fifo" },
    { short: "i", long: "idle" },
    { short: "p", long: "pid" },
    { short: "m", long: "max" },
    { short: "o", long: "other" },
    { short: "r", long: "rr" },
    { short: "T", long: "sched-runtime", value: 'required' },
    { short: "P", long: "sched-period", value: 'required' },
    { short: "D", long: "sched-deadline", value: 'required' },
    { short: "R", long: "reset-on-fork" },
    { short: "v", long: "verbose" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
