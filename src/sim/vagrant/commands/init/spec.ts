// `vagrant init`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'init',
  style: 'ruby',
  synopsis: 'vagrant init [options] [name [url]]',
  flags: [
    { long: 'box-version', value: 'required', arg: 'VERSION', description: 'Version of the box to add' },
    { short: 'f', long: 'force', description: 'Overwrite existing Vagrantfile' },
    { short: 'm', long: 'minimal', description: 'Use minimal Vagrantfile template (no help comments). Ignored with --template' },
    { long: 'output', value: 'required', arg: 'FILE', description: 'Output path for the box. \'-\' for stdout' },
    { long: 'template', value: 'required', arg: 'FILE', description: 'Path to custom Vagrantfile template' },
  ],
  help: () => import('./help').then((m) => m.default),
};
