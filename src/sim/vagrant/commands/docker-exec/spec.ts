// `vagrant docker-exec` (the docker provider's, not listed in the main help): flags as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'docker-exec',
  style: 'ruby',
  synopsis: 'vagrant docker-exec [options] [name] -- <command> [args]',
  flags: [
    { long: 'detach', negatable: true },
    { short: 'i', long: 'interactive', negatable: true },
    { short: 't', long: 'tty', negatable: true },
    { short: 'u', long: 'user', value: 'required', arg: 'USER' },
    { long: 'prefix', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
