// prtstat of psmisc 23.4 (Rocky 9.5: psmisc-23.4-3.el9): getopt_long with "rV" and --raw, --version, read in run.ts
// (usage() and print_version() go to stderr and are not a --help); texts in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'prtstat',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  synopsis: 'prtstat [options] PID ...',
};
