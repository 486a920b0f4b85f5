// `vagrant cloud auth whoami`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'whoami',
  style: 'ruby',
  synopsis: 'vagrant cloud auth whoami [token]',
  // whoami.rb: CLIInvalidUsage outside this many operands
  operands: { max: 1 },
  help: () => import('./help').then((m) => m.default),
};
