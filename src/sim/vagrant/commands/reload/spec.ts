// `vagrant reload`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'reload',
  style: 'ruby',
  synopsis: 'vagrant reload [vm-name]',
  flags: [
    { long: 'provision', negatable: true, description: 'Enable or disable provisioning' },
    { long: 'provision-with', value: 'required', arg: 'x,y,z', description: 'Enable only certain provisioners, by type or by name.' },
    { short: 'f', long: 'force', description: 'Force shut down (equivalent of pulling power)' },
  ],
  help: () => import('./help').then((m) => m.default),
};
