// `vagrant snapshot restore`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'restore',
  style: 'ruby',
  synopsis: 'vagrant snapshot restore [options] [vm-name] <name>',
  flags: [
    { long: 'provision', negatable: true },
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
    { long: 'no-start' },
  ],
  help: () => import('./help').then((m) => m.default),
};
