// setfacl of acl 2.3.1 (Rocky 9.5: acl-2.3.1-4.el9): getopt_long over "-:bkndvxX:M:m:RLPh" with opterr off
// (setfacl/setfacl.c), so any bad option, a missing argument or no file prints only the synopsis lines, status 2.
import type { CommandSpec } from '../../../spec/types';

export const SYNOPSIS = "Usage: setfacl [-bkndRLP] { -m|-M|-x|-X ... } file ...\nTry `setfacl --help' for more information.\n";

export const spec: CommandSpec = {
  name: 'setfacl',
  style: 'gnu',
  synopsis: 'setfacl [-bkndRLP] { -m|-M|-x|-X ... } file ...',
  summary: 'set file access control lists',
  helpFlags: ['--help', '-h'],
  onError: () => ({ stderr: SYNOPSIS, status: 2 }),
  flags: [
    { short: 'm', long: 'modify', value: 'required', arg: 'acl' },
    { short: 'M', long: 'modify-file', value: 'required', arg: 'file' },
    { short: 'x', long: 'remove', value: 'required', arg: 'acl' },
    { short: 'X', long: 'remove-file', value: 'required', arg: 'file' },
    { short: 'b', long: 'remove-all' },
    { short: 'k', long: 'remove-default' },
    { long: 'set', value: 'required', arg: 'acl' },
    { long: 'set-file', value: 'required', arg: 'file' },
    { long: 'mask' },
    { short: 'n', long: 'no-mask' },
    { short: 'd', long: 'default' },
    { short: 'R', long: 'recursive' },
    { short: 'L', long: 'logical' },
    { short: 'P', long: 'physical' },
    { short: 'v', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: 'setfacl 2.3.1\n',
};
