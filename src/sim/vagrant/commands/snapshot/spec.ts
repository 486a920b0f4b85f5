// `vagrant snapshot`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';
import { spec as del } from './delete/spec';
import { spec as list } from './list/spec';
import { spec as pop } from './pop/spec';
import { spec as push } from './push/spec';
import { spec as restore } from './restore/spec';
import { spec as save } from './save/spec';

export const spec: CommandSpec = {
  name: 'snapshot',
  style: 'ruby',
  synopsis: 'vagrant snapshot <subcommand> [<args>]',
  subcommands: [del, list, pop, push, restore, save],
  help: () => import('./help').then((m) => m.default),
};
