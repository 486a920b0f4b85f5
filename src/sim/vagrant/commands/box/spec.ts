// `vagrant box`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';
import { spec as add } from './add/spec';
import { spec as list } from './list/spec';
import { spec as outdated } from './outdated/spec';
import { spec as prune } from './prune/spec';
import { spec as remove } from './remove/spec';
import { spec as repackage } from './repackage/spec';
import { spec as update } from './update/spec';

export const spec: CommandSpec = {
  name: 'box',
  style: 'ruby',
  synopsis: 'vagrant box <subcommand> [<args>]',
  subcommands: [add, list, outdated, prune, remove, repackage, update],
  help: () => import('./help').then((m) => m.default),
};
