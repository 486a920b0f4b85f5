// fsck from util-linux 2.37.4 (Rocky 9.5): options from disk-utils/fsck.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "fsck",
  style: 'gnu',
  synopsis: "fsck [options] -- [fs-options] [<filesystem> ...]",
  rawArgs: true,
  helpFlags: ['--help'],
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
