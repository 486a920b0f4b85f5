// `vagrant snapshot delete`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'delete',
  style: 'ruby',
  synopsis: 'vagrant snapshot delete [options] [vm-name] <name>',
  help: () => import('./help').then((m) => m.default),
};
