// `vagrant cloud version release`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'release',
  style: 'ruby',
  synopsis: 'vagrant cloud version release [options] organization/box-name version',
  flags: [
    { short: 'f', long: 'force', negatable: true },
  ],
  // release.rb: CLIInvalidUsage outside this many operands
  operands: { min: 2, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
