// `vagrant cloud provider upload`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'upload',
  style: 'ruby',
  synopsis: 'vagrant cloud provider upload [options] organization/box-name provider-name version architecture box-file',
  flags: [
    { short: 'D', long: 'direct', negatable: true },
  ],
  // upload.rb: CLIInvalidUsage outside this many operands
  operands: { min: 5, max: 5 },
  help: () => import('./help').then((m) => m.default),
};
