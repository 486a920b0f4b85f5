// `vagrant cap` (not listed in the main help): flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'cap',
  style: 'ruby',
  synopsis: 'vagrant cap [options] TYPE NAME [args]',
  flags: [
    { long: 'check' },
    { short: 't', long: 'target-guest', value: 'required', arg: 'TARGET' },
  ],
  // command.rb: CLIInvalidUsage with fewer than TYPE and NAME
  operands: { min: 2 },
  help: () => import('./help').then((m) => m.default),
};
