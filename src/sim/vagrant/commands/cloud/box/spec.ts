// `vagrant cloud box`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';
import { spec as create } from './create/spec';
import { spec as del } from './delete/spec';
import { spec as show } from './show/spec';
import { spec as update } from './update/spec';

export const spec: CommandSpec = {
  name: 'box',
  style: 'ruby',
  synopsis: 'vagrant cloud box <subcommand> [<args>]',
  subcommands: [create, del, show, update],
  help: () => import('./help').then((m) => m.default),
};
