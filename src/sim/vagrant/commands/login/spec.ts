// `vagrant cloud`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'login',
  style: 'ruby',
  synopsis: 'vagrant cloud auth login [options]',
  flags: [
    { short: 'c', long: 'check', description: 'Checks if currently logged in' },
    { short: 'd', long: 'description', value: 'required', arg: 'DESCRIPTION', description: 'Set description for the Vagrant Cloud token' },
    { short: 't', long: 'token', value: 'required', arg: 'TOKEN', description: 'Set the Vagrant Cloud token' },
    { short: 'u', long: 'username', value: 'required', arg: 'USERNAME_OR_EMAIL', description: 'Vagrant Cloud username or email address' },
  ],
  help: () => import('./help').then((m) => m.default),
};
