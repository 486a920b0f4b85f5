// `vagrant autocomplete install`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'install',
  style: 'ruby',
  synopsis: 'vagrant autocomplete install [-h] [shell name]',
  flags: [
    { short: 'b', long: 'bash' },
    { short: 'z', long: 'zsh' },
  ],
  // install.rb: CLIInvalidUsage when any operand is given
  operands: { max: 0 },
  help: () => import('./help').then((m) => m.default),
};
