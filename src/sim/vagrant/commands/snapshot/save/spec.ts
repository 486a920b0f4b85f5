// `vagrant snapshot save`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'save',
  style: 'ruby',
  synopsis: 'vagrant snapshot save [options] [vm-name] <name>',
  flags: [
    { short: 'f', long: 'force' },
  ],
  help: () => import('./help').then((m) => m.default),
};
