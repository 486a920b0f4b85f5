// `vagrant validate`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'validate',
  style: 'ruby',
  synopsis: 'vagrant validate [options]',
  flags: [
    { short: 'p', long: 'ignore-provider' },
  ],
  help: () => import('./help').then((m) => m.default),
};
