// find from GNU findutils 4.8 (Rocky 9.5): find reads its expression itself (find/run.ts); --help is its usage()
// of find/util.c at v4.8.0 (find/help.ts).
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'find',
  style: 'gnu',
  synopsis: 'find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]',
  rawArgs: true,
  helpFlags: ['--help'],
  help: () => import('./help').then((m) => m.help),
};
