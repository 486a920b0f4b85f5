// `vagrant cloud box update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant cloud box update [options] organization/box-name',
  flags: [
    { short: 'd', long: 'description', value: 'required', arg: 'DESCRIPTION' },
    { short: 's', long: 'short-description', value: 'required', arg: 'DESCRIPTION' },
    { long: 'short-description' },
    { short: 'p', long: 'private', negatable: true },
  ],
  // update.rb: CLIInvalidUsage outside this many operands
  operands: { min: 1, max: 1 },
  help: () => import('./help').then((m) => m.default),
};
