// `vagrant box remove`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'remove',
  style: 'ruby',
  synopsis: 'vagrant box remove <name>',
  flags: [
    { short: 'f', long: 'force', description: 'Remove without confirmation.' },
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH', description: 'The specific architecture for the box to remove' },
    { long: 'provider', value: 'required', arg: 'PROVIDER', description: 'The specific provider type for the box to remove' },
    { long: 'box-version', value: 'required', arg: 'VERSION', description: 'The specific version of the box to remove' },
    { long: 'all', description: 'Remove all available versions of the box' },
    { long: 'all-providers', description: 'Remove all providers within a version of the box' },
    { long: 'all-architectures', description: 'Remove all architectures within a provider a version of the box' },
  ],
  // remove.rb: CLIInvalidUsage when argv is empty or longer than 2
  operands: { min: 1, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
