// gawk 5.1.0 (Rocky 9: gawk-5.1.0-6.el9, /usr/bin/awk and /usr/bin/gawk): its options (main.c optab and optlist
// "+F:f:v:W;bcCd::D::e:E:ghi:l:L::nNo::Op::MPrSstVYZ:"). gawk reads its own argv (getopt_long with its errors
// turned off: run.ts), so the spec only gives --help and Tab completion.
import type { CommandSpec, FlagSpec } from '../../spec/types';

const flags: FlagSpec[] = [
  { short: 'f', long: 'file', value: 'required', arg: 'progfile' },
  { short: 'F', long: 'field-separator', value: 'required', arg: 'fs' },
  { short: 'v', long: 'assign', value: 'required', arg: 'var=val' },
  { short: 'b', long: 'characters-as-bytes' },
  { short: 'c', long: 'traditional' },
  { short: 'C', long: 'copyright' },
  { short: 'd', long: 'dump-variables', value: 'optional' },
  { short: 'D', long: 'debug', value: 'optional' },
  { short: 'e', long: 'source', value: 'required' },
  { short: 'E', long: 'exec', value: 'required' },
  { short: 'g', long: 'gen-pot' },
  { short: 'h', long: 'help', action: 'help' },
  { short: 'i', long: 'include', value: 'required' },
  { short: 'l', long: 'load', value: 'required' },
  { short: 'L', long: 'lint', value: 'optional', choices: ['fatal', 'invalid', 'no-ext'] },
  { short: 'M', long: 'bignum' },
  { short: 'N', long: 'use-lc-numeric' },
  { short: 'n', long: 'non-decimal-data' },
  { long: 'nostalgia', hidden: true },
  { short: 'o', long: 'pretty-print', value: 'optional' },
  { short: 'O', long: 'optimize' },
  { short: 'p', long: 'profile', value: 'optional' },
  { short: 'P', long: 'posix' },
  { short: 'r', long: 're-interval' },
  { short: 's', long: 'no-optimize' },
  { short: 'S', long: 'sandbox' },
  { short: 't', long: 'lint-old' },
  { short: 'V', long: 'version', action: 'version' },
  { short: 'W', value: 'required' },
];

function gawkSpec(name: 'awk' | 'gawk'): CommandSpec {
  return {
    name,
    style: 'gnu',
    synopsis: `${name} [POSIX or GNU style options] [--] 'program' file ...`,
    summary: 'pattern scanning and processing language',
    rawArgs: true,
    helpFlags: ['--help', '-h'],
    flags,
    help: () => import('./help').then((m) => m.usage(name)),
  };
}

export const awkSpec = gawkSpec('awk');
export const gawkSpecGawk = gawkSpec('gawk');
