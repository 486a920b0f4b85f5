// `vagrant resume`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'resume',
  style: 'ruby',
  synopsis: 'vagrant resume [vm-name]',
  flags: [
    { long: 'provision', negatable: true },
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
  ],
  help: () => import('./help').then((m) => m.default),
};
