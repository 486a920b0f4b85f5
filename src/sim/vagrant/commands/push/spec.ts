// `vagrant push`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'push',
  style: 'ruby',
  synopsis: 'vagrant push [strategy] [options]',
  help: () => import('./help').then((m) => m.default),
};
