// flock from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/flock.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "flock",
  style: 'gnu',
  synopsis: "flock [options] <file>|<directory> <command> [<argument>...]",
  permute: false,
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "s", long: "shared" },
    { short: "x", long: "exclusive" },
    { short: "u", long: "unlock" },
    { short: "n", long: "nonblocking", longAliases: ["nb"] },
    { short: "w", long: "timeout", longAliases: ["wait"], value: 'required' },
    { short: "E", long: "conflict-exit-code", value: 'required' },
    { short: "o", long: "close" },
    { short: "F", long: "no-fork" },
    { long: "verbose" },
    { short: "e" },
    { short: "?" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
