// `vagrant cloud version revoke`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'revoke',
  style: 'ruby',
  synopsis: 'vagrant cloud version revoke [options] organization/box-name version',
  flags: [
    { short: 'f', long: 'force', negatable: true },
  ],
  // revoke.rb: CLIInvalidUsage outside this many operands
  operands: { min: 2, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
