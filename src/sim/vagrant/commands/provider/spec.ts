// `vagrant provider` (not listed in the main help): flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'provider',
  style: 'ruby',
  synopsis: 'vagrant provider [options] [args]',
  flags: [{ long: 'install' }, { long: 'usable' }],
  help: () => import('./help').then((m) => m.default),
};
