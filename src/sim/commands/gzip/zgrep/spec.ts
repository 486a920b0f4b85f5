// zgrep of gzip 1.12 (Rocky 9.5): a shell script that reads its own words; texts in help.ts, the run in ../zscripts.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'zgrep',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
