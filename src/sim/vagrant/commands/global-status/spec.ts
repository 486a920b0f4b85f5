// `vagrant global-status`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'global-status',
  style: 'ruby',
  synopsis: 'vagrant global-status',
  flags: [
    { long: 'prune' },
  ],
  help: () => import('./help').then((m) => m.default),
};
