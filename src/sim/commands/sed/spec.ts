// GNU sed 4.8 (Rocky 9.5): options from sed/sed.c, help in help.ts.
// Written by scripts/golden/grep-sed-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../spec/types';
import { usage } from './usage';
export const spec: CommandSpec = {
  name: 'sed',
  style: 'gnu',
  synopsis: "sed [OPTION]... {script-only-if-no-other-script} [input-file]...",
  usageTail: usage,
  flags: [
    { short: "b", long: "binary" },
    { short: "r", long: "regexp-extended" },
    { long: "debug" },
    { short: "e", long: "expression", value: 'required' },
    { short: "f", long: "file", value: 'required' },
    { short: "i", long: "in-place", value: 'optional' },
    { short: "l", long: "line-length", value: 'required' },
    { short: "z", long: "null-data" },
    { long: "zero-terminated", key: "null-data" },
    { short: "n", long: "quiet" },
    { long: "posix" },
    { long: "silent", key: "quiet" },
    { long: "sandbox" },
    { short: "s", long: "separate" },
    { short: "u", long: "unbuffered" },
    { long: "version" },
    { long: "follow-symlinks" },
    { short: "E" },
    { short: "V", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
