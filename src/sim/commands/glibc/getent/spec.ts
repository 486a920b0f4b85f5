// getent of glibc 2.34 (Rocky 9.5): options from nss/getent.c's argp table, help, usage and version in help.ts.
// argp's errors: `getent: unrecognized option '--x'` and its "Try" line on stderr, exit 64 (EX_USAGE).
import type { CommandSpec } from '../../../spec/types';

export const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

export const spec: CommandSpec = {
  name: 'getent',
  style: 'gnu',
  synopsis: 'getent [OPTION...] database [key ...]',
  usageStatus: 64,
  usageTail: TRY,
  helpFlags: ['--help', '-?'],
  flags: [
    { short: 's', long: 'service', value: 'required', arg: 'CONFIG' },
    { short: 'i', long: 'no-idn' },
    { short: '?', long: 'help', action: 'help', hidden: true },
    { long: 'usage' },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
