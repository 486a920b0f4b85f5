// setsebool of policycoreutils 3.6 (setsebool/setsebool.c): getopt(3) with "PNV", then `boolean value` or
// `bool1=val1 ...`; a bad option or word count prints the usage (run.ts) on stderr, exit 1.
import type { CommandSpec } from '../../../spec/types';
import { BOOLEANS } from '../booleans';

export const spec: CommandSpec = {
  name: 'setsebool',
  style: 'gnu',
  synopsis: 'setsebool [ -NPV ] boolean value | bool1=val1 bool2=val2...',
  rawArgs: true,
  helpFlags: [],
  complete: (ops) => (ops.filter((o) => !o.startsWith('-')).length === 1 ? ['on', 'off'] : BOOLEANS.map(([n]) => n)),
};
