// `vagrant winrm`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'winrm',
  style: 'ruby',
  synopsis: 'vagrant winrm [options] [name|id]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND' },
    { short: 'e', long: 'elevated' },
    { short: 's', long: 'shell', value: 'required', arg: 'SHELL' },
  ],
  help: () => import('./help').then((m) => m.default),
};
