// `vagrant powershell`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'powershell',
  style: 'ruby',
  synopsis: 'vagrant powershell [-- extra powershell args]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND' },
    { short: 'e', long: 'elevated' },
  ],
  help: () => import('./help').then((m) => m.default),
};
