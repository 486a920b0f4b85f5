// aureport of audit 3.1.5: check_params() of src/aureport-options.c compares each word with its option table itself
// (no getopt), so run.ts reads the words; usage() is help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'aureport',
  style: 'gnu',
  synopsis: 'aureport [options]',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.help),
};
