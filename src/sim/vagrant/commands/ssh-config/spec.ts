// `vagrant ssh-config`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ssh-config',
  style: 'ruby',
  synopsis: 'vagrant ssh-config [options] [name|id]',
  flags: [
    { long: 'host', value: 'required', arg: 'NAME' },
  ],
  help: () => import('./help').then((m) => m.default),
};
