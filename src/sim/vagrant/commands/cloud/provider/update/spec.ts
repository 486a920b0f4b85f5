// `vagrant cloud provider update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant cloud provider update [options] organization/box-name provider-name version architecture [url]',
  flags: [
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { short: 'c', long: 'checksum', value: 'required', arg: 'CHECKSUM_VALUE' },
    { short: 'C', long: 'checksum-type', value: 'required', arg: 'TYPE' },
    { long: 'default-architecture', negatable: true },
  ],
  // update.rb: CLIInvalidUsage outside this many operands
  operands: { min: 4, max: 5 },
  help: () => import('./help').then((m) => m.default),
};
