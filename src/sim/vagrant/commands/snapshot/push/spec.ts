// `vagrant snapshot push`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'push',
  style: 'ruby',
  synopsis: 'vagrant snapshot push [options] [vm-name]',
  help: () => import('./help').then((m) => m.default),
};
