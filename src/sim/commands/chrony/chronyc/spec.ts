// chronyc of chrony 4.5 (Rocky 9.5: chrony-4.5-3.el9) reads its own argv (client.c main): --help and --version
// anywhere, then getopt("+46acdef:h:mnNp:v") up to the first command word; the words left are one command, or
// one each with -m.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'chronyc',
  style: 'gnu',
  synopsis: 'chronyc [OPTION]... [COMMAND]...',
  summary: 'command-line interface for chrony daemon',
  rawArgs: true,
  helpFlags: [],
  flags: [],
};
