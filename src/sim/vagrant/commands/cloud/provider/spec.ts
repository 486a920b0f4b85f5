// `vagrant cloud provider`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';
import { spec as create } from './create/spec';
import { spec as del } from './delete/spec';
import { spec as update } from './update/spec';
import { spec as upload } from './upload/spec';

export const spec: CommandSpec = {
  name: 'provider',
  style: 'ruby',
  synopsis: 'vagrant cloud provider <subcommand> [<args>]',
  subcommands: [create, del, update, upload],
  help: () => import('./help').then((m) => m.default),
};
