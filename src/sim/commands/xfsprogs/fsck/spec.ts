// fsck.xfs of xfsprogs 6.4.0: the fsck.xfs script (fsck/xfs_fsck.sh): getopts over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'fsck.xfs',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
