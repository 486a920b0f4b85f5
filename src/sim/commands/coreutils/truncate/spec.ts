// truncate from GNU coreutils 8.32 (Rocky 9.5): options from src/truncate.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "truncate",
  style: 'gnu',
  synopsis: "truncate OPTION... FILE...",
  flags: [
    { short: "c", long: "no-create" },
    { short: "o", long: "io-blocks" },
    { short: "r", long: "reference", value: 'required' },
    { short: "s", long: "size", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
