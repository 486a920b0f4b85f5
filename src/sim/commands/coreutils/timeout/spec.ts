// timeout from GNU coreutils 8.32 (Rocky 9.5): options from src/timeout.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "timeout",
  style: 'gnu',
  synopsis: "timeout [OPTION] DURATION COMMAND [ARG]...",
  usageStatus: 125,
  permute: false,
  flags: [
    { short: "k", long: "kill-after", value: 'required' },
    { short: "s", long: "signal", value: 'required' },
    { short: "v", long: "verbose" },
    { long: "foreground" },
    { long: "preserve-status" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
