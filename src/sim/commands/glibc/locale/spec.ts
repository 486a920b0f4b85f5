// locale of glibc 2.34 (Rocky 9.5): options from locale/programs/locale.c's argp table, help, usage and version in
// help.ts. argp's errors: the message and its "Try" line on stderr, exit 64 (EX_USAGE).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'locale',
  style: 'gnu',
  synopsis: 'locale [OPTION...] NAME',
  usageStatus: 64,
  usageTail: "Try `locale --help' or `locale --usage' for more information.\n",
  helpFlags: ['--help', '-?'],
  flags: [
    { short: 'a', long: 'all-locales' },
    { short: 'm', long: 'charmaps' },
    { short: 'c', long: 'category-name' },
    { short: 'k', long: 'keyword-name' },
    { short: 'v', long: 'verbose' },
    { short: '?', long: 'help', action: 'help', hidden: true },
    { long: 'usage' },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
