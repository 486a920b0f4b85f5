// traceroute 2.1.0 reads its argv with its own CLIF parser (libsupp/clif.c: grouped short options, joined or separate
// arguments, long options with `=`); run.ts parses it (rawArgs).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'traceroute',
  style: 'gnu',
  synopsis: 'traceroute [ -46dFITnreAUDV ] host [ packetlen ]',
  rawArgs: true,
  flags: [],
};
