// `vagrant up`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'up',
  style: 'ruby',
  synopsis: 'vagrant up [options] [name|id]',
  flags: [
    { long: 'provision', negatable: true, description: 'Enable or disable provisioning' },
    { long: 'provision-with', value: 'required', arg: 'x,y,z', description: 'Enable only certain provisioners, by type or by name.' },
    { long: 'destroy-on-error', negatable: true, description: 'Destroy machine if any fatal error happens (default to true)' },
    { long: 'parallel', negatable: true, description: 'Enable or disable parallelism if provider supports it' },
    { long: 'provider', value: 'required', arg: 'PROVIDER', description: 'Back the machine with a specific provider' },
    { long: 'install-provider', negatable: true, description: 'If possible, install the provider if it isn\'t installed' },
  ],
  help: () => import('./help').then((m) => m.default),
};
