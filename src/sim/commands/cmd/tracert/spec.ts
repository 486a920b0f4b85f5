// `tracert`: it reads its own words (`-d`, `-h maximum_hops`, `-w timeout`, the target); the spec, help and body
// load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'tracert',
  style: 'cmd',
  synopsis: 'tracert [-d] [-h maximum_hops] [-j host-list] [-w timeout] [-R] [-S srcaddr] [-4] [-6] target_name',
  summary: 'Traces the route to a network host.',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
