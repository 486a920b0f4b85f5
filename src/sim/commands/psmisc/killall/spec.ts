// killall of psmisc 23.4 (Rocky 9.5: psmisc-23.4-3.el9): main() reads its own words (getopt_long_only with opterr
// off, signals written as options), so the spec leaves them to run.ts; usage and version in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'killall',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  synopsis: 'killall [OPTION]... [--] NAME...',
};
