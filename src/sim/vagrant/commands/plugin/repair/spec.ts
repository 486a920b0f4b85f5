// `vagrant plugin repair`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'repair',
  style: 'ruby',
  synopsis: 'vagrant plugin repair [-h]',
  flags: [
    { long: 'local' },
  ],
  operands: { max: 0 },
  help: () => import('./help').then((m) => m.default),
};
