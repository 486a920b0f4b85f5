// `vagrant winrm`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'winrm',
  style: 'ruby',
  synopsis: 'vagrant winrm [options] [name|id]',
  flags: [
    { short: 'c', long: 'command', value: 'required', arg: 'COMMAND', description: 'Execute a WinRM command directly' },
    { short: 'e', long: 'elevated', description: 'Run with elevated credentials' },
    { short: 's', long: 'shell', value: 'required', arg: 'SHELL', description: 'Use specified shell (powershell, cmd)' },
  ],
  help: () => import('./help').then((m) => m.default),
};
