// `vagrant snapshot restore`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'restore',
  style: 'ruby',
  synopsis: 'vagrant snapshot restore [options] [vm-name] <name>',
  flags: [
    { long: 'provision', negatable: true, description: 'Enable or disable provisioning' },
    { long: 'provision-with', value: 'required', arg: 'x,y,z', description: 'Enable only certain provisioners, by type or by name.' },
    { long: 'no-start', description: 'Don\'t start the snapshot after the restore' },
  ],
  help: () => import('./help').then((m) => m.default),
};
