// setenforce of libselinux 3.6: exactly one word, 0, 1, Enforcing or Permissive (any case); anything else, --help
// included, prints the usage (help.ts) to stderr and exits 1, once SELinux is known to be enabled.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'setenforce',
  style: 'gnu',
  synopsis: 'setenforce [ Enforcing | Permissive | 1 | 0 ]',
  rawArgs: true,
  helpFlags: [],
  complete: (ops) => (ops.length ? [] : ['Enforcing', 'Permissive', '1', '0']),
};
