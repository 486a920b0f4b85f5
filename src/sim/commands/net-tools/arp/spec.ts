// arp of net-tools 2.0: getopt_long over "A:H:adfp:nsei:t:vh?DNV" (arp.c main). -h, -? and a bad option print
// usage() on stderr with status 0 (a bad option after getopt's line). Texts recorded: tests/golden/net-tools.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'arp',
  style: 'gnu',
  synopsis: 'arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]',
  helpFlags: ['-h', '--help', '-?'],
  helpStream: 'stderr',
  helpStatus: 0,
  usageTail: 'help',
  usageStatus: 0,
  flags: [
    { short: 'v', long: 'verbose' },
    { short: 'V', long: 'version' },
    { short: 'a', long: 'all' },
    { short: 'd', long: 'delete' },
    { short: 'f', long: 'file' },
    { short: 'n', long: 'numeric' },
    { short: 's', long: 'set' },
    { short: 'A', long: 'protocol', value: 'required', arg: 'AF' },
    { short: 'p', value: 'required', key: 'protocol' },
    { short: 'H', long: 'hw-type', value: 'required', arg: 'HW' },
    { short: 't', value: 'required', key: 'hw-type' },
    { short: 'i', long: 'device', value: 'required', arg: 'IF' },
    { short: 'h', long: 'help', action: 'help' },
    { short: 'D', long: 'use-device' },
    { short: 'N', long: 'symbolic' },
    { short: 'e' },
  ],
  help: () => import('./help').then((m) => m.usage),
};
