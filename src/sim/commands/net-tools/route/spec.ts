// route of net-tools 2.0: getopt_long over "A:eCFhnN64Vv?" (route.c main). -h, -? and a bad option all end in
// usage() with status 0 (a bad option after getopt's line); a word other than add, del, delete or flush: usage()
// with status 3. Texts recorded: tests/golden/net-tools.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'route',
  style: 'gnu',
  synopsis: 'route [-nNvee] [-FC] [<AF>]',
  helpFlags: ['-h', '--help', '-?'],
  helpStream: 'stderr',
  helpStatus: 0,
  usageTail: 'help',
  usageStatus: 0,
  // route.c turns -net and -host into #net and #host before getopt_long; words after the verb are its operands
  permute: false,
  flags: [
    ...['ax25', 'x25', 'ip', 'ipx', 'appletalk', 'netrom', 'inet', 'inet6', 'ddp', 'rose', 'unix', 'bluetooth', 'tcpip'].map((long) => ({ long, key: `af-${long}` })),
    { short: 'A', long: 'protocol', value: 'required', arg: 'AF' },
    { short: 'e', long: 'extend', repeatable: true },
    { short: 'C', long: 'cache' },
    { short: 'F', long: 'fib' },
    { short: 'h', long: 'help', action: 'help' },
    { short: 'n', long: 'numeric' },
    { short: 'N', long: 'symbolic' },
    { short: '6' },
    { short: '4' },
    { short: 'V', long: 'version' },
    { short: 'v', long: 'verbose' },
  ],
  help: () => import('./help').then((m) => m.usage),
};
