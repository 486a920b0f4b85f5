// mkfs.xfs of xfsprogs 6.4.0: getopt_long() over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'mkfs.xfs',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
