// `vagrant box remove`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'remove',
  style: 'ruby',
  synopsis: 'vagrant box remove <name>',
  flags: [
    { short: 'f', long: 'force' },
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { long: 'provider', value: 'required', arg: 'PROVIDER' },
    { long: 'box-version', value: 'required', arg: 'VERSION' },
    { long: 'all' },
    { long: 'all-providers' },
    { long: 'all-architectures' },
  ],
  // remove.rb: CLIInvalidUsage when argv is empty or longer than 2
  operands: { min: 1, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
