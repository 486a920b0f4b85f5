// `vagrant box update`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'update',
  style: 'ruby',
  synopsis: 'vagrant box update [options]',
  flags: [
    { long: 'box', value: 'required', arg: 'BOX', description: 'Update a specific box' },
    { long: 'architecture', value: 'required', arg: 'ARCHITECTURE', description: 'Update box with specific architecture' },
    { long: 'provider', value: 'required', arg: 'PROVIDER', description: 'Update box with specific provider' },
    { short: 'f', long: 'force', description: 'Overwrite an existing box if it exists' },
    { long: 'insecure', description: 'Do not validate SSL certificates' },
    { long: 'cacert', value: 'required', arg: 'FILE', description: 'CA certificate for SSL download' },
    { long: 'capath', value: 'required', arg: 'DIR', description: 'CA certificate directory for SSL download' },
    { long: 'cert', value: 'required', arg: 'FILE', description: 'A client SSL cert, if needed' },
  ],
  help: () => import('./help').then((m) => m.default),
};
