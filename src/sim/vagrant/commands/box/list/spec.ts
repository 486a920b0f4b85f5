// `vagrant box list`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'list',
  style: 'ruby',
  synopsis: 'vagrant box list [options]',
  flags: [
    { short: 'i', long: 'box-info' },
  ],
  help: () => import('./help').then((m) => m.default),
};
