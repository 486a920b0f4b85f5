// `vagrant package`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'package',
  style: 'ruby',
  synopsis: 'vagrant package [options] [name|id]',
  flags: [
    { long: 'base', value: 'required', arg: 'NAME', description: 'Name of a VM in VirtualBox to package as a base box (VirtualBox Only)' },
    { long: 'output', value: 'required', arg: 'NAME', description: 'Name of the file to output' },
    { long: 'include', value: 'required', arg: 'FILE,FILE..', description: 'Comma separated additional files to package with the box' },
    { long: 'info', value: 'required', arg: 'FILE', description: 'Path to a custom info.json file containing additional box information' },
    { long: 'vagrantfile', value: 'required', arg: 'FILE', description: 'Vagrantfile to package with the box' },
  ],
  help: () => import('./help').then((m) => m.default),
};
