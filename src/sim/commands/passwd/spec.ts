// passwd 0.80 of Rocky 9.5 (the libuser-based passwd of pagure.io/passwd, passwd.c's popt table). passwd reads its
// own argv the way popt does (run.ts): popt's words for a bad option, exit status 253.
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'passwd',
  style: 'gnu',
  synopsis: 'passwd [OPTION...] <accountName>',
  rawArgs: true,
  ownHelp: true,
  helpFlags: ['--help', '-?'],
  flags: [
    { short: 'k', long: 'keep-tokens' },
    { short: 'd', long: 'delete' },
    { short: 'l', long: 'lock' },
    { short: 'u', long: 'unlock' },
    { short: 'e', long: 'expire' },
    { short: 'f', long: 'force' },
    { short: 'x', long: 'maximum', value: 'required', arg: 'DAYS' },
    { short: 'n', long: 'minimum', value: 'required', arg: 'DAYS' },
    { short: 'w', long: 'warning', value: 'required', arg: 'DAYS' },
    { short: 'i', long: 'inactive', value: 'required', arg: 'DAYS' },
    { short: 'S', long: 'status' },
    { long: 'stdin' },
    { short: '?', long: 'help', action: 'help' },
    { long: 'usage' },
  ],
  help: () => import('./help').then((m) => m.help),
};
