// `vagrant box outdated`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'outdated',
  style: 'ruby',
  synopsis: 'vagrant box outdated [options]',
  flags: [
    { long: 'global', description: 'Check all boxes installed' },
    { short: 'f', long: 'force', description: 'Force checks for latest box updates' },
    { long: 'insecure', description: 'Do not validate SSL certificates' },
    { long: 'cacert', value: 'required', arg: 'FILE', description: 'CA certificate for SSL download' },
    { long: 'capath', value: 'required', arg: 'DIR', description: 'CA certificate directory for SSL download' },
    { long: 'cert', value: 'required', arg: 'FILE', description: 'A client SSL cert, if needed' },
  ],
  help: () => import('./help').then((m) => m.default),
};
