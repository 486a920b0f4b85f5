// `vagrant upload`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'upload',
  style: 'ruby',
  synopsis: 'vagrant upload [options] <source> [destination] [name|id]',
  flags: [
    { short: 't', long: 'temporary', description: 'Upload source to temporary directory' },
    { short: 'c', long: 'compress', description: 'Use gzip compression for upload' },
    { short: 'C', long: 'compression-type', value: 'required', arg: 'TYPE', description: 'Type of compression to use (tgz, zip)' },
  ],
  help: () => import('./help').then((m) => m.default),
};
