// `vagrant plugin license`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'license',
  style: 'ruby',
  synopsis: 'vagrant plugin license <name> <license-file> [-h]',
  operands: { min: 2 },
  help: () => import('./help').then((m) => m.default),
};
