// lsof 4.94.0 (Rocky 9.5's lsof-4.94.0-3.el9) reads its own argv with its GetOpt() (main.c): options may be grouped,
// -i and -s take an optional argument (the next word when it does not start with '-' or '+'), -p, -u, -c take a
// required one. What it lists is the network files of the guest's sockets (run.ts; DIFFERENCES.md).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'lsof',
  style: 'gnu',
  synopsis: 'lsof [-?abhlnNoOPRtUvVX] [-c c] [-i [i]] [-p s] [-s [p:s]] [-u s] [names]',
  rawArgs: true,
  flags: [],
};
