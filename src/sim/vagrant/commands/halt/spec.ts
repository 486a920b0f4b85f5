// `vagrant halt`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'halt',
  style: 'ruby',
  synopsis: 'vagrant halt [options] [name|id]',
  flags: [
    { short: 'f', long: 'force' },
  ],
  help: () => import('./help').then((m) => m.default),
};
