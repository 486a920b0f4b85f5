// tail from GNU coreutils 8.32 (Rocky 9.5): options from src/tail.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "tail",
  style: 'gnu',
  synopsis: "tail [OPTION]... [FILE]...",
  numberFlag: "lines",
  flags: [
    { short: "c", long: "bytes", value: 'required' },
    { long: "follow", value: 'optional' },
    { short: "n", long: "lines", value: 'required' },
    { long: "max-unchanged-stats", value: 'required' },
    { long: "-disable-inotify" },
    { long: "pid", value: 'required' },
    { long: "-presume-input-pipe" },
    { short: "q", long: "quiet", longAliases: ["silent"] },
    { long: "retry" },
    { short: "s", long: "sleep-interval", value: 'required' },
    { short: "v", long: "verbose" },
    { short: "z", long: "zero-terminated" },
    { short: "f" },
    { short: "F" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
