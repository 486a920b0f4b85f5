// xfs_info of xfsprogs 6.4.0: the xfs_info script (spaceman/xfs_info.sh): bash getopts over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'xfs_info',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
