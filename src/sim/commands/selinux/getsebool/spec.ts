// getsebool of libselinux 3.6 (utils/getsebool.c): getopt(3) with "a"; any other option prints the usage (run.ts)
// after getopt's message, exit 1.
import type { CommandSpec } from '../../../spec/types';
import { BOOLEANS } from '../booleans';

export const spec: CommandSpec = {
  name: 'getsebool',
  style: 'gnu',
  synopsis: 'getsebool -a or getsebool boolean...',
  rawArgs: true,
  helpFlags: [],
  complete: () => BOOLEANS.map(([n]) => n),
};
