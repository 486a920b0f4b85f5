// semodule of policycoreutils 3.6 (semodule/semodule.c): getopt_long with "s:b:hi:l::vr:u:RnNBDCPX:e:d:p:S:E:cHm"
// and the long options below; the words are read in run.ts (getopt's errors, then the usage on stdout, exit 1).
import type { CommandSpec } from '../../../spec/types';

export const SHORTS = 's:b:hi:l::vr:u:RnNBDCPX:e:d:p:S:E:cHm';
/** long name → [letter or '' for the two flag-only ones, value: 0 none, 1 required, 2 optional] */
export const LONGS: [string, string, 0 | 1 | 2][] = [
  ['rebuild-if-modules-changed', '', 0], ['refresh', '', 0], ['store', 's', 1], ['base', 'b', 1], ['help', 'h', 0],
  ['install', 'i', 1], ['extract', 'E', 1], ['cil', 'c', 0], ['hll', 'H', 0], ['list-modules', 'l', 2],
  ['verbose', 'v', 0], ['remove', 'r', 1], ['upgrade', 'u', 1], ['reload', 'R', 0], ['noreload', 'n', 0],
  ['build', 'B', 0], ['disable_dontaudit', 'D', 0], ['preserve_tunables', 'P', 0], ['ignore-module-cache', 'C', 0],
  ['priority', 'X', 1], ['enable', 'e', 1], ['disable', 'd', 1], ['path', 'p', 1], ['store-path', 'S', 1],
  ['checksum', 'm', 0],
];

export const spec: CommandSpec = {
  name: 'semodule',
  style: 'gnu',
  synopsis: 'semodule [option]... MODE...',
  rawArgs: true,
  helpFlags: [],
  flags: LONGS.map(([long, short, v]) => ({ long, ...(short ? { short } : {}), value: v === 0 ? 'none' : v === 1 ? 'required' : 'optional' })),
  help: () => import('./help').then((m) => m.help),
};
