// `vagrant status`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'status',
  style: 'ruby',
  synopsis: 'vagrant status [name|id]',
  help: () => import('./help').then((m) => m.default),
};
