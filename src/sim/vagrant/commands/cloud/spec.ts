// `vagrant cloud`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'cloud',
  style: 'ruby',
  synopsis: 'vagrant cloud <subcommand> [<args>]',
  help: () => import('./help').then((m) => m.default),
};
