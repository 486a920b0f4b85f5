// `vagrant ssh`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'ssh',
  style: 'ruby',
  synopsis: 'vagrant ssh [options] [name|id] [-- extra ssh args]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND', description: 'Execute an SSH command directly' },
    { short: 'p', long: 'plain', description: 'Plain mode, leaves authentication up to user' },
    { short: 't', long: 'tty', negatable: true, description: 'Enables tty when executing an ssh command (defaults to true)' },
  ],
  help: () => import('./help').then((m) => m.default),
};
