// `vagrant cloud box show`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'show',
  style: 'ruby',
  synopsis: 'vagrant cloud box show [options] organization/box-name',
  flags: [
    { long: 'architectures', value: 'required', arg: 'ARCH' },
    { long: 'versions', value: 'required', arg: 'VERSION' },
    { long: 'providers', value: 'required', arg: 'PROVIDER' },
    { long: 'auth', negatable: true },
  ],
  // show.rb: CLIInvalidUsage outside this many operands
  operands: { min: 1, max: 1 },
  help: () => import('./help').then((m) => m.default),
};
