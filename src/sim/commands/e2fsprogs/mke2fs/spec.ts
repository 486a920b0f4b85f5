// mke2fs of e2fsprogs 1.46.5 and its mkfs.ext2/3/4 names: plain getopt() over its own words (run.ts), no --help.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'mke2fs',
  aliases: ['mkfs.ext2', 'mkfs.ext3', 'mkfs.ext4'],
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
