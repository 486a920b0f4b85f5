// `vagrant plugin list`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'list',
  style: 'ruby',
  synopsis: 'vagrant plugin list [-h]',
  flags: [
    { long: 'local' },
  ],
  help: () => import('./help').then((m) => m.default),
};
