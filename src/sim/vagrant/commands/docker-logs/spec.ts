// `vagrant docker-logs` (the docker provider's, not listed in the main help): flags as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'docker-logs',
  style: 'ruby',
  synopsis: 'vagrant docker-logs [options]',
  flags: [
    { long: 'follow', negatable: true },
    { long: 'prefix', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
