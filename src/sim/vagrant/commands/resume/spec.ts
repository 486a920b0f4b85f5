// `vagrant resume`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'resume',
  style: 'ruby',
  synopsis: 'vagrant resume [vm-name]',
  flags: [
    { long: 'provision', negatable: true, description: 'Enable or disable provisioning' },
    { long: 'provision-with', value: 'required', arg: 'x,y,z', description: 'Enable only certain provisioners, by type or by name.' },
  ],
  help: () => import('./help').then((m) => m.default),
};
