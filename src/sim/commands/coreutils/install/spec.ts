// install from GNU coreutils 8.32 (Rocky 9.5): options from src/install.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "install",
  style: 'gnu',
  synopsis: "install [OPTION]... [-T] SOURCE DEST",
  flags: [
    { short: "b", long: "backup", value: 'optional' },
    { short: "C", long: "compare" },
    { long: "context", value: 'optional' },
    { short: "d", long: "directory" },
    { short: "g", long: "group", value: 'required' },
    { short: "m", long: "mode", value: 'required' },
    { short: "T", long: "no-target-directory" },
    { short: "o", long: "owner", value: 'required' },
    { short: "p", long: "preserve-timestamps" },
    { long: "preserve-context" },
    { short: "s", long: "strip" },
    { long: "strip-program", value: 'required' },
    { short: "S", long: "suffix", value: 'required' },
    { short: "t", long: "target-directory", value: 'required' },
    { short: "v", long: "verbose" },
    { short: "c" },
    { short: "D" },
    { short: "Z" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
