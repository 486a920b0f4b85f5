// `vagrant plugin`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';
import { spec as expunge } from './expunge/spec';
import { spec as install } from './install/spec';
import { spec as license } from './license/spec';
import { spec as list } from './list/spec';
import { spec as repair } from './repair/spec';
import { spec as uninstall } from './uninstall/spec';
import { spec as update } from './update/spec';

export const spec: CommandSpec = {
  name: 'plugin',
  style: 'ruby',
  synopsis: 'vagrant plugin <command> [<args>]',
  subcommands: [expunge, install, license, list, repair, uninstall, update],
  help: () => import('./help').then((m) => m.default),
};
