// `vagrant plugin uninstall`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'uninstall',
  style: 'ruby',
  synopsis: 'vagrant plugin uninstall <name> [<name2> <name3> ...] [-h]',
  flags: [
    { long: 'local' },
  ],
  operands: { min: 1 },
  help: () => import('./help').then((m) => m.default),
};
