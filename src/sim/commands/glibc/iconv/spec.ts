// iconv of glibc 2.34 (Rocky 9.5): options from iconv/iconv_prog.c's argp table, help, usage and version in help.ts.
// argp's errors: the message and its "Try" line on stderr, exit 64 (EX_USAGE).
import type { CommandSpec } from '../../../spec/types';
import { TRY } from './help';

export const spec: CommandSpec = {
  name: 'iconv',
  style: 'gnu',
  synopsis: 'iconv [OPTION...] [FILE...]',
  usageStatus: 64,
  usageTail: TRY,
  helpFlags: ['--help', '-?'],
  flags: [
    { short: 'f', long: 'from-code', value: 'required', arg: 'NAME' },
    { short: 't', long: 'to-code', value: 'required', arg: 'NAME' },
    { short: 'l', long: 'list' },
    { short: 'c' },
    { short: 'o', long: 'output', value: 'required', arg: 'FILE' },
    { short: 's', long: 'silent' },
    { long: 'verbose' },
    { short: '?', long: 'help', action: 'help', hidden: true },
    { long: 'usage' },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
