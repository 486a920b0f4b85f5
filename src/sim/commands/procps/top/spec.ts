// top from procps-ng 3.3.17 (Rocky 9.5): its options (top/top.c parse_args) and texts (top/top_nls.c:
// HELP_cmdline_fmt for -h, UNKNOWN_opts_fmt for a bad option, through error_exit: "top: ...", exit 1).
import type { CommandSpec } from '../../../spec/types';

const USAGE = ' -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]';
export const spec: CommandSpec = {
  name: 'top',
  style: 'gnu',
  synopsis: 'top' + USAGE,
  helpFlags: ['-h'],
  abbreviations: false,
  flags: [
    { short: 'h', action: 'help' },
    { short: 'v', action: 'version' },
    ...'bcEeHiOSs1'.split('').map((short) => ({ short, value: short === 'E' || short === 'e' ? ('required' as const) : undefined })),
    { short: 'd', value: 'required', arg: 'secs' },
    { short: 'n', value: 'required', arg: 'max' },
    { short: 'u', value: 'required', arg: 'user' },
    { short: 'U', value: 'required', arg: 'user' },
    { short: 'p', value: 'required', arg: 'pid(s)' },
    { short: 'o', value: 'required', arg: 'field' },
    { short: 'w', value: 'optional', arg: 'cols' },
  ],
  onError: (e) => ({
    stderr: e.code === 'missing-value' ? `top: -${e.option} requires argument\n` : `top: unknown option '${e.short ? e.option : (e.option ?? '-').replace(/^--?/, '').charAt(0) === '' ? '-' : '-'}'\nUsage:\n  top${USAGE}\n`,
    status: 1,
  }),
  help: `  procps-ng 3.3.17\nUsage:\n  top${USAGE}\n`,
  version: `  procps-ng 3.3.17\nUsage:\n  top${USAGE}\n`,
};
