// `vagrant snapshot pop`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'pop',
  style: 'ruby',
  synopsis: 'vagrant snapshot pop [options] [vm-name]',
  flags: [
    { long: 'provision', negatable: true },
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
    { long: 'no-delete' },
    { long: 'no-start' },
  ],
  help: () => import('./help').then((m) => m.default),
};
