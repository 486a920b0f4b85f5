// ssh.exe of Windows 11 23H2: the getopt string of ssh.c (8.6p1 has 8.7p1's), usage() on every usage error, exit 255.
import type { CommandSpec } from '../../../spec/types';
import { spec as guest } from '../../openssh/ssh/spec';

export const spec: CommandSpec = {
  ...guest,
  complete: undefined,
  help: () => import('./help').then((m) => m.help),
};
