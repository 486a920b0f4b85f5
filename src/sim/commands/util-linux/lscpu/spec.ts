// lscpu from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/lscpu.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "lscpu",
  style: 'gnu',
  synopsis: "lscpu [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all" },
    { short: "b", long: "online" },
    { short: "B", long: "bytes" },
    { short: "C", long: "caches", value: 'optional' },
    { short: "c", long: "offline" },
    { short: "e", long: "extended", value: 'optional' },
    { short: "J", long: "json" },
    { short: "p", long: "parse", value: 'optional' },
    { short: "s", long: "sysroot", value: 'required' },
    { short: "y", long: "physical" },
    { short: "x", long: "hex" },
    { long: "output-all" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
