// GNU which 2.21 (Rocky 9.5's which-2.21): getopt_long with "aivV" and the long options of which.c main(). which
// reads its own argv (run.ts): getopt's complaint about a bad option does not stop it, and the usage names argv[0].
import type { CommandContext } from '../../context';
import type { CommandSpec } from '../../spec/types';
import { usage, version } from './help';

export const spec: CommandSpec = {
  name: 'which',
  style: 'gnu',
  synopsis: 'which [options] [--] COMMAND [...]',
  rawArgs: true,
  helpFlags: ['--help'],
  flags: [
    { short: 'a', long: 'all' },
    { short: 'i', long: 'read-alias' },
    { long: 'skip-alias' },
    { long: 'read-functions' },
    { long: 'skip-functions' },
    { long: 'skip-dot' },
    { long: 'skip-tilde' },
    { long: 'show-dot' },
    { long: 'show-tilde' },
    { long: 'tty-only' },
    { short: 'v', long: 'version', action: 'version' },
  ],
  // the login shell runs which as /usr/bin/which (which2.sh's function)
  help: usage('/usr/bin/which'),
  version,
  variant: (ctx: CommandContext) => ({ ...spec, help: usage(ctx.argv0 ?? ctx.name) }),
};
