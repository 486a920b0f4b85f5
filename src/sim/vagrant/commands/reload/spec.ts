// `vagrant reload`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'reload',
  style: 'ruby',
  synopsis: 'vagrant reload [vm-name]',
  flags: [
    { long: 'provision', negatable: true },
    { long: 'provision-with', value: 'required', arg: 'x,y,z' },
    { short: 'f', long: 'force' },
  ],
  help: () => import('./help').then((m) => m.default),
};
