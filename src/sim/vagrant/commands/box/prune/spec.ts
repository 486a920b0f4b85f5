// `vagrant box prune`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'prune',
  style: 'ruby',
  synopsis: 'vagrant box prune [options]',
  flags: [
    { short: 'p', long: 'provider', value: 'required', arg: 'PROVIDER' },
    { short: 'n', long: 'dry-run' },
    { long: 'name', value: 'required', arg: 'NAME' },
    { short: 'f', long: 'force' },
    { short: 'k', long: 'keep-active-boxes' },
  ],
  help: () => import('./help').then((m) => m.default),
};
