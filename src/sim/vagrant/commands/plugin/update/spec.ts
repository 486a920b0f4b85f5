// `vagrant plugin update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant plugin update [names...] [-h]',
  flags: [
    { long: 'local' },
  ],
  help: () => import('./help').then((m) => m.default),
};
