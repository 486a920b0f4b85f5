// `vagrant upload`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'upload',
  style: 'ruby',
  synopsis: 'vagrant upload [options] <source> [destination] [name|id]',
  flags: [
    { short: 't', long: 'temporary' },
    { short: 'c', long: 'compress' },
    { short: 'C', long: 'compression-type', value: 'required', arg: 'TYPE' },
  ],
  // upload.rb: CLIInvalidUsage unless 1 to 3 operands
  operands: { min: 1, max: 3 },
  help: () => import('./help').then((m) => m.default),
};
