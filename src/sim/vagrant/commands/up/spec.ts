// `vagrant up`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'up',
  style: 'ruby',
  synopsis: 'vagrant up [options] [name|id]',
  flags: [
    { long: 'provision', negatable: true },
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
    { long: 'destroy-on-error', negatable: true },
    { long: 'parallel', negatable: true },
    { long: 'provider', value: 'required', arg: 'PROVIDER' },
    { long: 'install-provider', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
