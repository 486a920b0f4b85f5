// `vagrant autocomplete`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';
import { spec as install } from './install/spec';

export const spec: CommandSpec = {
  name: 'autocomplete',
  style: 'ruby',
  synopsis: 'vagrant autocomplete <subcommand>',
  subcommands: [install],
  help: () => import('./help').then((m) => m.default),
};
