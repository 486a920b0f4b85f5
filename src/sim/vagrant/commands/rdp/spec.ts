// `vagrant rdp`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rdp',
  style: 'ruby',
  synopsis: 'vagrant rdp [options] [name|id] [-- extra args]',
  help: () => import('./help').then((m) => m.default),
};
