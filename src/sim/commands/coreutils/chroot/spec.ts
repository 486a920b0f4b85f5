// chroot from GNU coreutils 8.32 (Rocky 9.5): options from src/chroot.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "chroot",
  style: 'gnu',
  synopsis: "chroot [OPTION] NEWROOT [COMMAND [ARG]...]",
  usageStatus: 125,
  permute: false,
  flags: [
    { long: "groups", value: 'required' },
    { long: "userspec", value: 'required' },
    { long: "skip-chdir" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
