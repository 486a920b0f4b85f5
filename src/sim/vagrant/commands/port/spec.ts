// `vagrant port`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'port',
  style: 'ruby',
  synopsis: 'vagrant port [options] [name|id]',
  flags: [
    { long: 'guest', value: 'required', arg: 'PORT' },
  ],
  help: () => import('./help').then((m) => m.default),
};
