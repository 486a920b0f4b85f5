// `vagrant box prune`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'prune',
  style: 'ruby',
  synopsis: 'vagrant box prune [options]',
  flags: [
    { short: 'p', long: 'provider', value: 'required', arg: 'PROVIDER', description: 'The specific provider type for the boxes to destroy.' },
    { short: 'n', long: 'dry-run', description: 'Only print the boxes that would be removed.' },
    { long: 'name', value: 'required', arg: 'NAME', description: 'The specific box name to check for outdated versions.' },
    { short: 'f', long: 'force', description: 'Destroy without confirmation even when box is in use.' },
    { short: 'k', long: 'keep-active-boxes', description: 'When combined with `--force`, will keep boxes still actively in use.' },
  ],
  help: () => import('./help').then((m) => m.default),
};
