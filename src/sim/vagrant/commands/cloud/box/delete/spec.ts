// `vagrant cloud box delete`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'delete',
  style: 'ruby',
  synopsis: 'vagrant cloud box delete [options] organization/box-name',
  flags: [
    { short: 'f', long: 'force', negatable: true },
  ],
  // delete.rb: CLIInvalidUsage outside this many operands
  operands: { min: 1, max: 1 },
  help: () => import('./help').then((m) => m.default),
};
