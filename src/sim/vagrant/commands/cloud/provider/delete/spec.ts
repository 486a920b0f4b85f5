// `vagrant cloud provider delete`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'delete',
  style: 'ruby',
  synopsis: 'vagrant cloud provider delete [options] organization/box-name provider-name version [architecture]',
  flags: [
    { short: 'f', long: 'force', negatable: true },
  ],
  // delete.rb: CLIInvalidUsage outside this many operands
  operands: { min: 3, max: 4 },
  help: () => import('./help').then((m) => m.default),
};
