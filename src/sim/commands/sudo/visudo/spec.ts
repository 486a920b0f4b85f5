// visudo of sudo 1.9.5p2: getopt_long with "cf:hqsVx:" and --check, --export, --file, --help, --quiet, --strict,
// --version (visudo.c); the words are read in run.ts, a bad option gets getopt's line and the usage on stderr, exit 1.
import type { CommandSpec } from '../../../spec/types';

export const SHORTS = 'cf:hqsVx:';
export const LONGS: [string, string, 0 | 1 | 2][] = [
  ['check', 'c', 0], ['export', 'x', 1], ['file', 'f', 1], ['help', 'h', 0], ['quiet', 'q', 0], ['strict', 's', 0], ['version', 'V', 0],
];

export const spec: CommandSpec = {
  name: 'visudo',
  style: 'gnu',
  synopsis: 'visudo [-chqsV] [[-f] sudoers ]',
  rawArgs: true,
  helpFlags: [],
  flags: LONGS.map(([long, short, v]) => ({ long, short, value: v ? 'required' : 'none' })),
  help: () => import('./help').then((m) => m.help),
};
