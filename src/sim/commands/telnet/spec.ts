// telnet 0.17 (Rocky 9.5's telnet-0.17-85.el9: netkit-telnet 0.17 whose client is Fedora's snapshot of the OpenBSD
// telnet, telnet-client.tar.gz) reads its own argv; run.ts takes `telnet [HOST [PORT]]` (options: DIFFERENCES.md).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'telnet',
  style: 'gnu',
  synopsis: 'telnet [host-name [port]]',
  rawArgs: true,
  flags: [],
};
