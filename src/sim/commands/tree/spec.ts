// tree 1.8.0 (Rocky 9.5's tree-1.8.0-10.el9) reads its own argv (tree.c main): letters may be grouped, an option
// that takes an argument (-L, -P, -I, -o, -H, -T) takes the next word whatever follows it in the group, long options
// are matched by hand, and `--` ends the options. The listing itself is run.ts.
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'tree',
  style: 'gnu',
  synopsis: 'tree [-acdfghilnpqrstuvxACDFJQNSUX] [-L level [-R]] [-P pattern] [-I pattern] [--] [<directory list>]',
  rawArgs: true,
  flags: [],
};
