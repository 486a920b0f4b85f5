// ethtool 6.2 (Rocky 9.5) reads its own command line (main() of ethtool.c: --debug N, --json and -I first, then one
// switch of args[] or a device name), so the spec takes the words raw. `ethtool -h` is show_usage() (help.ts,
// scripts/golden/ethtool-spec.ts); anything main() cannot place gets exit_bad_args().
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ethtool',
  style: 'gnu',
  synopsis: 'ethtool [ FLAGS ] DEVNAME',
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
