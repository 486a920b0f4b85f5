// stty from GNU coreutils 8.32 (Rocky 9.5): options from src/stty.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "stty",
  style: 'gnu',
  synopsis: "stty [-F DEVICE | --file=DEVICE] [SETTING]...",
  rawArgs: true,
  helpFlags: [],
  flags: [
    { short: "a", long: "all" },
    { short: "g", long: "save" },
    { short: "F", long: "file", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
