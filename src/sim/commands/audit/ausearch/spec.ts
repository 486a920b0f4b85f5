// ausearch of audit 3.1.5: check_params() of src/ausearch-options.c compares each word with its option table itself
// (no getopt), so run.ts reads the words; usage() is help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ausearch',
  style: 'gnu',
  synopsis: 'ausearch [options]',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.help),
};
