// authselect 1.2.6 (Rocky 9.5: authselect-1.2.6-2.el9): main.c picks the command by its first word and each
// command reads its options with popt (cli_tool.c), so run.ts reads the words itself; texts.ts has the usages.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'authselect',
  style: 'gnu',
  synopsis: 'authselect COMMAND COMMAND-ARGS',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./texts').then((m) => 'Usage:\nauthselect ' + m.MAIN),
};
