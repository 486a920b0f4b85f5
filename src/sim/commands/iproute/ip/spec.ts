// ip of iproute2 6.2 (Rocky 9.5). ip reads its own words (ip/ip.c main): options are single-dash words matched
// by prefix (`-br`, `-4`; a leading `--` counts as `-`), then an OBJECT matched by prefix in the order of ip.c's
// table, then its COMMAND. `ip help`, `ip --help`, a lone `ip -h` and `ip OBJECT help` print usage() to stderr and
// exit 255. The options and objects here are for Tab; run.ts parses. Help texts in help.ts (scripts/golden/net-specs.ts).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const help = (key?: string) => () => import('./help').then((m) => (key ? m.objects[key] : m.usage));

/** ip.c main(): the options, with the ones that take the next word. */
export const IP_OPTIONS: { name: string; value?: boolean }[] = [
  { name: 'loops', value: true }, { name: 'family', value: true }, { name: '4' }, { name: '6' }, { name: '0' }, { name: 'M' }, { name: 'B' },
  { name: 'human' }, { name: 'human-readable' }, { name: 'iec' }, { name: 'stats' }, { name: 'statistics' }, { name: 'details' },
  { name: 'resolve' }, { name: 'oneline' }, { name: 'timestamp' }, { name: 'tshort' }, { name: 'Version' }, { name: 'force' },
  { name: 'batch', value: true }, { name: 'brief' }, { name: 'json' }, { name: 'pretty' }, { name: 'rcvbuf', value: true },
  { name: 'color' }, { name: 'help' }, { name: 'netns', value: true }, { name: 'Numeric' }, { name: 'all' }, { name: 'echo' },
];

const flags: FlagSpec[] = IP_OPTIONS.filter((o) => o.name.length > 1 && o.name !== 'help').map((o) => ({ long: o.name, ...(o.value ? { value: 'required' as const } : {}) }));
for (const c of ['4', '6', '0', 'M', 'B']) flags.push({ short: c });

/** ip.c's table of objects, in its order (a prefix picks the first match). */
export const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link', 'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tunl', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics', 'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'help', 'stats'];

/** Each object's help text (key of help.ts `objects`) where two names share one. */
export const HELP_KEY: Record<string, string> = { neighbour: 'neighbor', ntbl: 'ntable', tunl: 'tunnel', tap: 'tuntap', tcp_metrics: 'tcpmetrics' };

const COMMANDS: Record<string, string[]> = {
  address: ['add', 'change', 'replace', 'delete', 'show', 'list', 'flush', 'save', 'showdump', 'restore', 'help'],
  route: ['list', 'show', 'flush', 'get', 'add', 'del', 'change', 'append', 'replace', 'save', 'restore', 'showdump', 'help'],
  link: ['add', 'delete', 'set', 'show', 'list', 'xstats', 'afstats', 'property', 'help'],
  neighbor: ['add', 'del', 'change', 'replace', 'show', 'list', 'flush', 'get', 'help'],
};

const object = (name: string): CommandSpec => {
  const key = HELP_KEY[name] ?? name;
  return {
    name,
    style: 'gnu',
    rawArgs: true,
    helpFlags: ['help'],
    ...(name === 'stats' ? { help: () => import('./help').then((m) => m.stats), helpStream: 'stderr' as const, helpStatus: 0 } : { help: help(key), helpStream: 'stderr' as const, helpStatus: 255 }),
    ...(COMMANDS[key] ? { subcommands: COMMANDS[key].map((c) => ({ name: c, style: 'gnu' as const, rawArgs: true, helpFlags: [] })) } : {}),
  };
};

export const spec: CommandSpec = {
  name: 'ip',
  style: 'gnu',
  synopsis: 'ip [ OPTIONS ] OBJECT { COMMAND | help }',
  rawArgs: true,
  helpFlags: ['--help', '-help', 'help'],
  helpStream: 'stderr',
  helpStatus: 255,
  flags,
  subcommands: OBJECTS.filter((o) => o !== 'help').map(object),
  help: help(),
};
