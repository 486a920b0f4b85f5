// `vagrant cloud`: flags and operands as data; its help loads on first use. Its sub-commands are in the folders
// beside this file, with their help as Vagrant 2.4.3 prints it.
import type { CommandSpec } from '../../../spec/types';
import { spec as auth } from './auth/spec';
import { spec as box } from './box/spec';
import { spec as provider } from './provider/spec';
import { spec as publish } from './publish/spec';
import { spec as search } from './search/spec';
import { spec as version } from './version/spec';

export const spec: CommandSpec = {
  name: 'cloud',
  style: 'ruby',
  synopsis: 'vagrant cloud <subcommand> [<args>]',
  subcommands: [auth, box, provider, publish, search, version],
  help: () => import('./help').then((m) => m.default),
};
