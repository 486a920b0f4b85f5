// `vagrant box outdated`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'outdated',
  style: 'ruby',
  synopsis: 'vagrant box outdated [options]',
  flags: [
    { long: 'global' },
    { short: 'f', long: 'force' },
    { long: 'insecure' },
    { long: 'cacert', value: 'required', arg: 'FILE' },
    { long: 'capath', value: 'required', arg: 'DIR' },
    { long: 'cert', value: 'required', arg: 'FILE' },
  ],
  help: () => import('./help').then((m) => m.default),
};
