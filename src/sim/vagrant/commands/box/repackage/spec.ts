// `vagrant box repackage`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'repackage',
  style: 'ruby',
  synopsis: 'vagrant box repackage <name> <provider> <version>',
  // repackage.rb: CLIInvalidUsage unless argv has 3 words
  operands: { min: 3, max: 3 },
  help: () => import('./help').then((m) => m.default),
};
