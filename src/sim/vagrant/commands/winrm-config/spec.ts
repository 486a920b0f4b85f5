// `vagrant winrm-config`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'winrm-config',
  style: 'ruby',
  synopsis: 'vagrant winrm-config [options] [name|id]',
  flags: [
    { long: 'host', value: 'required', arg: 'NAME' },
  ],
  help: () => import('./help').then((m) => m.default),
};
