// sha224sum from GNU coreutils 8.32 (Rocky 9.5): options from src/md5sum.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "sha224sum",
  style: 'gnu',
  synopsis: "sha224sum [OPTION]... [FILE]...",
  flags: [
    { short: "b", long: "binary" },
    { short: "c", long: "check" },
    { long: "ignore-missing" },
    { long: "quiet" },
    { long: "status" },
    { short: "t", long: "text" },
    { short: "w", long: "warn" },
    { long: "strict" },
    { long: "tag" },
    { short: "z", long: "zero" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
