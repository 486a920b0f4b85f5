// env from GNU coreutils 8.32 (Rocky 9.5): options from src/env.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "env",
  style: 'gnu',
  synopsis: "env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]",
  usageStatus: 125,
  permute: false,
  flags: [
    { short: "i", long: "ignore-environment" },
    { short: "0", long: "null" },
    { short: "u", long: "unset", value: 'required' },
    { short: "C", long: "chdir", value: 'required' },
    { long: "default-signal", value: 'optional' },
    { long: "ignore-signal", value: 'optional' },
    { long: "block-signal", value: 'optional' },
    { long: "list-signal-handling" },
    { short: "v", long: "debug" },
    { short: "S", long: "split-string", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
