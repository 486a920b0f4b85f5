// e2fsck of e2fsprogs 1.46.5 and its fsck.ext2/3/4 names: plain getopt() over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'e2fsck',
  aliases: ['fsck.ext2', 'fsck.ext3', 'fsck.ext4'],
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
