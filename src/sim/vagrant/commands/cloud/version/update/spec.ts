// `vagrant cloud version update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant cloud version update [options] organization/box-name version',
  flags: [
    { short: 'd', long: 'description', value: 'required', arg: 'DESCRIPTION' },
  ],
  // update.rb: CLIInvalidUsage outside this many operands
  operands: { min: 2, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
