// whatis and apropos of man-db 2.9.3 (src/whatis.c): argp options; a usage error is glibc's line, then argp's
// "Try ..." line, status 1. --help, -? and --usage print argp's texts (help.ts).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const common = (apropos: boolean): FlagSpec[] => [
  { short: 'd', long: 'debug' },
  { short: 'v', long: 'verbose' },
  ...(apropos ? [{ short: 'e', long: 'exact' }] : []),
  { short: 'r', long: 'regex' },
  { short: 'w', long: 'wildcard' },
  ...(apropos ? [{ short: 'a', long: 'and' }] : []),
  { short: 'l', long: 'long' },
  { short: 'C', long: 'config-file', value: 'required', arg: 'FILE' },
  { short: 'L', long: 'locale', value: 'required', arg: 'LOCALE' },
  { short: 'm', long: 'systems', value: 'required', arg: 'SYSTEM' },
  { short: 'M', long: 'manpath', value: 'required', arg: 'PATH' },
  { short: 's', long: 'sections', longAliases: ['section'], value: 'required', arg: 'LIST' },
  { long: 'usage' },
  { short: 'V', long: 'version', action: 'version' },
];

const make = (name: 'whatis' | 'apropos', summary: string): CommandSpec => ({
  name,
  style: 'gnu',
  synopsis: `${name} [OPTION...] KEYWORD...`,
  summary,
  helpFlags: ['--help', '-?'],
  usageTail: `Try '${name} --help' or '${name} --usage' for more information.\n`,
  flags: common(name === 'apropos'),
  help: () => import('./help').then((m) => (name === 'apropos' ? m.aproposHelp : m.whatisHelp)),
  version: `${name} 2.9.3\n`,
});

export const whatisSpec = make('whatis', 'display one-line manual page descriptions');
export const aproposSpec = make('apropos', 'search the manual page names and descriptions');
