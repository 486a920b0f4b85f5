// `vagrant init`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'init',
  style: 'ruby',
  synopsis: 'vagrant init [options] [name [url]]',
  flags: [
    { long: 'box-version', value: 'required', arg: 'VERSION' },
    { short: 'f', long: 'force' },
    { short: 'm', long: 'minimal' },
    { long: 'output', value: 'required', arg: 'FILE' },
    { long: 'template', value: 'required', arg: 'FILE' },
  ],
  help: () => import('./help').then((m) => m.default),
};
