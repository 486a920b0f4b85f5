// zcat of gzip 1.12 (Rocky 9.5): the script zcat.in, which answers a first word --help or --version and runs `gzip -cd` with the words otherwise.
// Written by scripts/golden/gzip-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "zcat",
  style: 'gnu',
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
