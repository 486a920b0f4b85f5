// nmcli of NetworkManager 1.48.10 (Rocky 9.5: NetworkManager-1.48.10-5.el9_5): nmcli reads its own argv
// (src/nmcli/nmcli.c process_command_line_options(), then the OBJECT and COMMAND words by unique prefix).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'nmcli',
  style: 'gnu',
  synopsis: 'nmcli [OPTIONS] OBJECT { COMMAND | help }',
  rawArgs: true,
  // usage() goes to stderr (nmc_printerr); the words after OBJECT ask for their own usage (run.ts)
  helpFlags: ['--help', '-h', '-help'],
  helpStream: 'stderr',
  flags: [],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
