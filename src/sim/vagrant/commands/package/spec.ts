// `vagrant package`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'package',
  style: 'ruby',
  synopsis: 'vagrant package [options] [name|id]',
  flags: [
    { long: 'base', value: 'required', arg: 'NAME' },
    { long: 'output', value: 'required', arg: 'NAME' },
    { long: 'include', value: 'required', arg: 'FILE,FILE..' },
    { long: 'info', value: 'required', arg: 'FILE' },
    { long: 'vagrantfile', value: 'required', arg: 'FILE' },
  ],
  help: () => import('./help').then((m) => m.default),
};
