// umount from util-linux 2.37.4 (Rocky 9.5): options from sys-utils/umount.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "umount",
  style: 'gnu',
  synopsis: "umount [-hV]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "all" },
    { short: "A", long: "all-targets" },
    { short: "d", long: "detach-loop" },
    { long: "fake" },
    { short: "f", long: "force" },
    { short: "i", long: "internal-only" },
    { short: "l", long: "lazy" },
    { short: "c", long: "no-canonicalize" },
    { short: "n", long: "no-mtab" },
    { short: "q", long: "quiet" },
    { short: "r", long: "read-only" },
    { short: "R", long: "recursive" },
    { short: "O", long: "test-opts", value: 'required' },
    { short: "t", long: "types", value: 'required' },
    { short: "v", long: "verbose" },
    { short: "N", long: "namespace", value: 'required' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
