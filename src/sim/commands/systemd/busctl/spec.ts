// busctl of systemd 252 (src/busctl/busctl.c parse_argv()): getopt_long with "hH:M:qjl" and the long options below;
// the words are read in run.ts, the verbs dispatched as dispatch_verb() does.
import type { CommandSpec } from '../../../spec/types';

export const SHORTS = 'hH:M:qjl';
export const LONGS: [string, string, 0 | 1 | 2][] = [
  ['help', 'h', 0], ['version', '', 0], ['no-pager', '', 0], ['no-legend', '', 0], ['full', 'l', 0], ['system', '', 0],
  ['user', '', 0], ['address', '', 1], ['show-machine', '', 0], ['unique', '', 0], ['acquired', '', 0],
  ['activatable', '', 0], ['match', '', 1], ['host', 'H', 1], ['machine', 'M', 1], ['size', '', 1], ['list', '', 0],
  ['quiet', 'q', 0], ['verbose', '', 0], ['xml-interface', '', 0], ['expect-reply', '', 1], ['auto-start', '', 1],
  ['allow-interactive-authorization', '', 1], ['timeout', '', 1], ['augment-creds', '', 1], ['watch-bind', '', 1],
  ['json', '', 1], ['destination', '', 1],
];

export const spec: CommandSpec = {
  name: 'busctl',
  style: 'gnu',
  synopsis: 'busctl [OPTIONS...] COMMAND ...',
  rawArgs: true,
  helpFlags: [],
  flags: LONGS.map(([long, short, v]) => ({ long, ...(short ? { short } : {}), value: v === 0 ? 'none' : v === 1 ? 'required' : 'optional' })),
  complete: () => ['list', 'status', 'monitor', 'capture', 'tree', 'introspect', 'call', 'emit', 'get-property', 'set-property', 'help'],
  help: () => import('./help').then((m) => m.help),
};
