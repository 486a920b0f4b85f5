// `vagrant box update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant box update [options]',
  flags: [
    { long: 'box', value: 'required', arg: 'BOX' },
    { long: 'architecture', value: 'required', arg: 'ARCHITECTURE' },
    { long: 'provider', value: 'required', arg: 'PROVIDER' },
    { short: 'f', long: 'force' },
    { long: 'insecure' },
    { long: 'cacert', value: 'required', arg: 'FILE' },
    { long: 'capath', value: 'required', arg: 'DIR' },
    { long: 'cert', value: 'required', arg: 'FILE' },
  ],
  help: () => import('./help').then((m) => m.default),
};
