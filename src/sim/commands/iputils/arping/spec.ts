// arping of iputils 20210202 (Rocky 9.5): getopt (short options only) with "h?bfDUAqc:w:i:s:I:V". -h, -? and a bad
// option print usage() to stderr and exit 2; `--help` is the option '-' to getopt. Help text in help.ts
// (scripts/golden/iputils-specs.ts).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const OPTSTRING = 'bfDUAqc:w:i:s:I:V';
const flags: FlagSpec[] = [];
for (let i = 0; i < OPTSTRING.length; i++) {
  if (OPTSTRING[i] === ':') continue;
  flags.push(OPTSTRING[i + 1] === ':' ? { short: OPTSTRING[i], value: 'required' } : { short: OPTSTRING[i] });
}

export const spec: CommandSpec = {
  name: 'arping',
  style: 'gnu',
  synopsis: 'arping [options] <destination>',
  helpFlags: ['-h', '-?'],
  helpStream: 'stderr',
  helpStatus: 2,
  usageTail: 'help',
  usageStatus: 2,
  flags,
  onError: (e) => {
    if ((e.code === 'unknown-option' || e.code === 'missing-value') && !e.short) return { stderr: "arping: invalid option -- '-'\n", status: 2, withHelp: 'stderr' };
    return undefined;
  },
  help: () => import('./help').then((m) => m.help),
};
