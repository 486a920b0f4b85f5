// systemd-cgtop of systemd 252 (src/cgtop/cgtop.c parse_argv()): getopt_long with "hptcmin:brd:kPM:1"; the words are
// read in run.ts (an unknown option is getopt's line and exit 1, the other errors systemd's log_error texts).
import type { CommandSpec } from '../../../spec/types';

export const SHORTS = 'hptcmin:brd:kPM:1';
export const LONGS: [string, string, 0 | 1 | 2][] = [
  ['help', 'h', 0], ['version', '', 0], ['delay', 'd', 1], ['iterations', 'n', 1], ['batch', 'b', 0], ['raw', 'r', 0],
  ['depth', '', 1], ['cpu', '', 2], ['order', '', 1], ['recursive', '', 1], ['machine', 'M', 1],
];

export const spec: CommandSpec = {
  name: 'systemd-cgtop',
  style: 'gnu',
  synopsis: 'systemd-cgtop [OPTIONS...] [CGROUP]',
  rawArgs: true,
  helpFlags: [],
  flags: LONGS.map(([long, short, v]) => ({ long, ...(short ? { short } : {}), value: v === 0 ? 'none' : v === 1 ? 'required' : 'optional' })),
  help: () => import('./help').then((m) => m.help),
};
