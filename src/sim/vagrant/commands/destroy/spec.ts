// `vagrant destroy`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'destroy',
  style: 'ruby',
  synopsis: 'vagrant destroy [options] [name|id]',
  flags: [
    { short: 'f', long: 'force', description: 'Destroy without confirmation.' },
    { long: 'parallel', negatable: true, description: 'Enable or disable parallelism if provider supports it (automatically enables force)' },
    { short: 'g', long: 'graceful', description: 'Gracefully poweroff of VM' },
  ],
  help: () => import('./help').then((m) => m.default),
};
