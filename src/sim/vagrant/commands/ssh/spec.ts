// `vagrant ssh`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ssh',
  style: 'ruby',
  synopsis: 'vagrant ssh [options] [name|id] [-- extra ssh args]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND' },
    { short: 'p', long: 'plain' },
    { short: 't', long: 'tty', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
