// `vagrant suspend`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'suspend',
  style: 'ruby',
  synopsis: 'vagrant suspend [options] [name|id]',
  flags: [
    { short: 'a', long: 'all-global' },
  ],
  help: () => import('./help').then((m) => m.default),
};
