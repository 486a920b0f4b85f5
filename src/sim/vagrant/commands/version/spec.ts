// `vagrant version`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'version',
  style: 'ruby',
  synopsis: 'vagrant version',
  help: () => import('./help').then((m) => m.default),
};
