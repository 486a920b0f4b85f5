// lsmod of kmod 28 takes no arguments: any word (--help too) gets `Usage: lsmod` on stderr, exit 1 (tools/lsmod.c).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'lsmod',
  style: 'gnu',
  synopsis: 'lsmod',
  rawArgs: true,
  helpFlags: ['--help'],
  helpStream: 'stderr',
  helpStatus: 1,
  help: 'Usage: lsmod\n',
};
