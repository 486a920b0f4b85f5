// `route`: it reads its own words (`print -4`, `-p add ...`); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'route',
  style: 'cmd',
  synopsis: 'ROUTE [-f] [-p] [-4|-6] command [destination] [MASK netmask]  [gateway] [METRIC metric]  [IF interface]',
  summary: 'Manipulates network routing tables.',
  rawArgs: true,
  ownHelp: true,
  helpStream: 'stderr',
  help: () => import('./help').then((m) => m.default),
};
