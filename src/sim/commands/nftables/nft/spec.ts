// nft of nftables 1.0.9: main() checks the order of options and commands itself (nft_options_check()), then reads its
// options with getopt_long ("+" and the letters of nft_options[]), so run.ts reads the words; -h prints help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'nft',
  style: 'gnu',
  synopsis: 'nft [ options ] [ cmds... ]',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.help('nft')),
};
