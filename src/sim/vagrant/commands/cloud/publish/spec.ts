// `vagrant cloud publish`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'publish',
  style: 'ruby',
  synopsis: 'vagrant cloud publish [options] organization/box-name version provider-name [provider-file]',
  flags: [
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { long: 'url', value: 'required', arg: 'URL' },
    { short: 'd', long: 'description', value: 'required', arg: 'DESCRIPTION' },
    { long: 'version-description', value: 'required', arg: 'DESCRIPTION' },
    { short: 'f', long: 'force', negatable: true },
    { short: 'p', long: 'private', negatable: true },
    { short: 'r', long: 'release', negatable: true },
    { short: 's', long: 'short-description', value: 'required', arg: 'DESCRIPTION' },
    { short: 'c', long: 'checksum', value: 'required', arg: 'CHECKSUM_VALUE' },
    { short: 'C', long: 'checksum-type', value: 'required', arg: 'TYPE' },
    { long: 'direct-upload', negatable: true },
    { long: 'default-architecture', negatable: true },
  ],
  // publish.rb: CLIInvalidUsage outside this many operands
  operands: { min: 3, max: 4 },
  help: () => import('./help').then((m) => m.default),
};
