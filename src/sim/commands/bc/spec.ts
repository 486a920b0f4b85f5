// GNU bc 1.07.1 (Rocky 9's bc-1.07.1-14.el9) reads its argv with getopt_long ("chilqswv" and the long names of
// usage()); run.ts parses it (rawArgs).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'bc',
  style: 'gnu',
  synopsis: 'bc [options] [file ...]',
  rawArgs: true,
  flags: [],
};
