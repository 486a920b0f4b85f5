// xfs_repair of xfsprogs 6.4.0: getopt() over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'xfs_repair',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
