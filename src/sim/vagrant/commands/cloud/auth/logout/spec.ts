// `vagrant cloud auth logout`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'logout',
  style: 'ruby',
  synopsis: 'vagrant cloud auth logout',
  // logout.rb: CLIInvalidUsage outside this many operands
  operands: { max: 0 },
  help: () => import('./help').then((m) => m.default),
};
