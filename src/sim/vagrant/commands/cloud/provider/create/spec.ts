// `vagrant cloud provider create`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'create',
  style: 'ruby',
  synopsis: 'vagrant cloud provider create [options] organization/box-name provider-name version [url]',
  flags: [
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { short: 'c', long: 'checksum', value: 'required', arg: 'CHECKSUM_VALUE' },
    { short: 'C', long: 'checksum-type', value: 'required', arg: 'TYPE' },
    { long: 'default-architecture', negatable: true },
  ],
  // create.rb: CLIInvalidUsage outside this many operands
  operands: { min: 3, max: 4 },
  help: () => import('./help').then((m) => m.default),
};
