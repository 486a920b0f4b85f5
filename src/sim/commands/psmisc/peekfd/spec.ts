// peekfd of psmisc 23.4 (Rocky 9.5: psmisc-23.4-3.el9): getopt_long with "8nctdhV" and the long names, read in
// run.ts (usage() and print_version() go to stderr with status 1); texts in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'peekfd',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  synopsis: 'peekfd [-8] [-n] [-c] [-d] [-V] [-h] <pid> [<fd> ..]',
};
