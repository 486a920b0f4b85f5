// `vagrant cloud auth`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';
import { spec as login } from './login/spec';
import { spec as logout } from './logout/spec';
import { spec as whoami } from './whoami/spec';

export const spec: CommandSpec = {
  name: 'auth',
  style: 'ruby',
  synopsis: 'vagrant cloud auth <subcommand> [<args>]',
  subcommands: [login, logout, whoami],
  help: () => import('./help').then((m) => m.default),
};
