// setterm from util-linux 2.37.4 (Rocky 9.5): options from term-utils/setterm.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "setterm",
  style: 'gnu',
  synopsis: "setterm [options]",
  rawArgs: true,
  helpFlags: ['--help'],
  flags: [
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
