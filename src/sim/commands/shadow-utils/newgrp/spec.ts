// newgrp from shadow-utils 4.9 (Rocky 9.5): src/newgrp.c reads its own argv (`-` or `-l`, then a group); any other
// word starting with "-" prints the usage on stderr and exits 1.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'newgrp',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  abbreviations: false,
  flags: [],
  help: () => import('./help').then((m) => m.usage),
};
