// nohup from GNU coreutils 8.32 (Rocky 9.5): options from src/nohup.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "nohup",
  style: 'gnu',
  synopsis: "nohup COMMAND [ARG]...",
  usageStatus: 125,
  permute: false,
  operands: { min: 1, missing: "missing operand" },
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
