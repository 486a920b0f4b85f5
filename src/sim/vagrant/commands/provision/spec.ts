// `vagrant provision`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'provision',
  style: 'ruby',
  synopsis: 'vagrant provision [vm-name] [--provision-with x,y,z]',
  flags: [
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
  ],
  help: () => import('./help').then((m) => m.default),
};
