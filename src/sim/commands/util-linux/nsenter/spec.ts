// nsenter from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/nsenter.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "nsenter",
  style: 'gnu',
  synopsis: "nsenter [options] [<program> [<argument>...]]",
  permute: false,
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all" },
    { short: "t", long: "target", value: 'required' },
    { short: "m", long: "mount", value: 'optional' },
    { short: "u", long: "uts", value: 'optional' },
    { short: "i", long: "ipc", value: 'optional' },
    { short: "n", long: "net", value: 'optional' },
    { short: "p", long: "pid", value: 'optional' },
    { short: "U", long: "user", value: 'optional' },
    { short: "C", long: "cgroup", value: 'optional' },
    { short: "T", long: "time", value: 'optional' },
    { short: "S", long: "setuid", value: 'required' },
    { short: "G", long: "setgid", value: 'required' },
    { short: "r", long: "root", value: 'optional' },
    { short: "w", long: "wd", value: 'optional' },
    { short: "F", long: "no-fork" },
    { long: "preserve-credentials" },
    { short: "Z", long: "follow-context" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
