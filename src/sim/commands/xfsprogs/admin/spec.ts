// xfs_admin of xfsprogs 6.4.0: the xfs_admin script (db/xfs_admin.sh): bash getopts over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'xfs_admin',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
