// `vagrant docker-run` (the docker provider's, not listed in the main help): flags as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'docker-run',
  style: 'ruby',
  synopsis: 'vagrant docker-run [command...]',
  flags: [
    { long: 'detach', negatable: true },
    { short: 't', long: 'tty', negatable: true },
    // run.rb declares it as o.on("-r,", "--[no-]rm", ...): the help shows `-r,` and only the long form parses as rm
    { long: 'rm', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
