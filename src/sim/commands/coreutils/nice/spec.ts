// nice from GNU coreutils 8.32 (Rocky 9.5): options from src/nice.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "nice",
  style: 'gnu',
  synopsis: "nice [OPTION] [COMMAND [ARG]...]",
  usageStatus: 125,
  permute: false,
  rawArgs: true,
  helpFlags: [],
  flags: [
    { short: "n", long: "adjustment", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
