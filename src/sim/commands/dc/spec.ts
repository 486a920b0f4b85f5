// GNU dc 1.4.1 (bc 1.07.1's dc; Rocky 9's bc-1.07.1-14.el9) reads its argv with getopt_long ("hVe:f:" and the long
// names of usage()); run.ts parses it (rawArgs).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'dc',
  style: 'gnu',
  synopsis: 'dc [OPTION] [file ...]',
  rawArgs: true,
  flags: [],
};
