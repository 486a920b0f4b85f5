// python3 of Rocky 9.5 (python3-3.9.21-1.el9_5; /usr/bin/python3 links to python3.9): CPython 3.9's command line
// (Python/initconfig.c config_parse_cmdline, Python/getopt.c _PyOS_GetOpt). It reads its own argv (run.ts): the
// usage errors and the help name the program as it was called.
import type { CommandSpec } from '../../spec/types';

export const PY_VERSION = '3.9.21';

/** usage_line of initconfig.c, with the program name as called. */
export const usageLine = (prog: string) => `usage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;

export const spec: CommandSpec = {
  name: 'python3',
  aliases: ['python3.9'],
  style: 'gnu',
  synopsis: 'python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...',
  rawArgs: true,
  ownHelp: true,
  helpFlags: ['--help', '-h', '-?'],
  flags: [
    ...'bBdEiIOqsSuvx'.split('').map((c) => ({ short: c })),
    { short: 'c', value: 'required' as const, arg: 'cmd' },
    { short: 'm', value: 'required' as const, arg: 'mod' },
    { short: 'W', value: 'required' as const, arg: 'arg' },
    { short: 'X', value: 'required' as const, arg: 'opt' },
    { short: 'h', long: 'help', action: 'help' as const },
    { short: 'V', long: 'version', action: 'version' as const },
    { long: 'check-hash-based-pycs', value: 'required' as const, arg: 'always|default|never', choices: ['always', 'default', 'never'] },
  ],
  help: () => import('./help').then((m) => usageLine('python3') + m.helpAfterUsage),
  version: `Python ${PY_VERSION}\n`,
};
