// `vagrant box add`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'add',
  style: 'ruby',
  synopsis: 'vagrant box add [options] <name, url, or path>',
  flags: [
    { short: 'c', long: 'clean' },
    { short: 'f', long: 'force' },
    { long: 'insecure' },
    { long: 'cacert', value: 'required', arg: 'FILE' },
    { long: 'capath', value: 'required', arg: 'DIR' },
    { long: 'cert', value: 'required', arg: 'FILE' },
    { long: 'location-trusted' },
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { long: 'provider', value: 'required', arg: 'PROVIDER' },
    { long: 'box-version', value: 'required', arg: 'VERSION' },
    { long: 'checksum', value: 'required', arg: 'CHECKSUM' },
    { long: 'checksum-type', value: 'required', arg: 'TYPE' },
    { long: 'name', value: 'required', arg: 'BOX' },
  ],
  // add.rb: CLIInvalidUsage when argv is empty or longer than 2
  operands: { min: 1, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
