// hostname 3.23 (Rocky 9.5): getopt_long options of hostname.c; --help prints the usage to stdout and exits
// 255 (usage() ends in exit(-1)); a bad option prints getopt's line, then the usage to stdout, status 255.
import type { CommandSpec } from '../../spec/types';
export const spec: CommandSpec = {
  name: 'hostname',
  style: 'gnu',
  synopsis: 'hostname [-a|-A|-d|-f|-i|-I|-s|-y] [hostname|-F file]',
  helpFlags: ['--help', '-h', '-?'],
  helpStatus: 255,
  usageTail: 'help-stdout',
  usageStatus: 255,
  flags: [
    { short: 'a', long: 'alias' },
    { short: 'A', long: 'all-fqdns' },
    { short: 'b', long: 'boot' },
    { short: 'd', long: 'domain' },
    { short: 'f', long: 'fqdn', longAliases: ['long'] },
    { short: 'F', long: 'file', value: 'required', arg: 'file' },
    { short: 'i', long: 'ip-address' },
    { short: 'I', long: 'all-ip-addresses' },
    { short: 's', long: 'short' },
    { short: 'y', long: 'yp', longAliases: ['nis'] },
    { short: 'V', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: 'hostname 3.23\n',
};
