// `vagrant cloud version`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';
import { spec as create } from './create/spec';
import { spec as del } from './delete/spec';
import { spec as release } from './release/spec';
import { spec as revoke } from './revoke/spec';
import { spec as update } from './update/spec';

export const spec: CommandSpec = {
  name: 'version',
  style: 'ruby',
  synopsis: 'vagrant cloud version <subcommand> [<args>]',
  subcommands: [create, del, release, revoke, update],
  help: () => import('./help').then((m) => m.default),
};
