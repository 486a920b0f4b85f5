// `vagrant powershell`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'powershell',
  style: 'ruby',
  synopsis: 'vagrant powershell [-- extra powershell args]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND', description: 'Execute a powershell command directly' },
    { short: 'e', long: 'elevated', description: 'Execute a powershell command with elevated permissions' },
  ],
  help: () => import('./help').then((m) => m.default),
};
