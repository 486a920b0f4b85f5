// `vagrant destroy`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'destroy',
  style: 'ruby',
  synopsis: 'vagrant destroy [options] [name|id]',
  flags: [
    { short: 'f', long: 'force' },
    { long: 'parallel', negatable: true },
    { short: 'g', long: 'graceful' },
  ],
  help: () => import('./help').then((m) => m.default),
};
