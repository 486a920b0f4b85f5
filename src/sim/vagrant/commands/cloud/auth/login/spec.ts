// `vagrant cloud auth login`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../../spec/types';

export const spec: CommandSpec = {
  name: 'login',
  style: 'ruby',
  synopsis: 'vagrant cloud auth login [options]',
  flags: [
    { short: 'c', long: 'check' },
    { short: 'd', long: 'description', value: 'required', arg: 'DESCRIPTION' },
    { short: 't', long: 'token', value: 'required', arg: 'TOKEN' },
    { short: 'u', long: 'username', value: 'required', arg: 'USERNAME_OR_EMAIL' },
  ],
  // login.rb: CLIInvalidUsage outside this many operands
  operands: { max: 0 },
  help: () => import('./help').then((m) => m.default),
};
