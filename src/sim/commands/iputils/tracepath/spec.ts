// tracepath of iputils 20210202 (Rocky 9.5): getopt (short options only) with "46nbh?l:m:p:V". -h, -? and a bad
// option print usage() on stderr and exit(-1) (status 255); `--help` is the option '-' to getopt.
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const OPTSTRING = '46nbl:m:p:V';
const flags: FlagSpec[] = [];
for (let i = 0; i < OPTSTRING.length; i++) {
  if (OPTSTRING[i] === ':') continue;
  flags.push(OPTSTRING[i + 1] === ':' ? { short: OPTSTRING[i], value: 'required' } : { short: OPTSTRING[i] });
}

export const spec: CommandSpec = {
  name: 'tracepath',
  style: 'gnu',
  synopsis: 'tracepath [options] <destination>',
  helpFlags: ['-h', '-?'],
  helpStream: 'stderr',
  helpStatus: 255,
  usageTail: 'help',
  usageStatus: 255,
  flags,
  onError: (e) => {
    if ((e.code === 'unknown-option' || e.code === 'missing-value') && !e.short) return { stderr: "tracepath: invalid option -- '-'\n", status: 255, withHelp: 'stderr' };
    return undefined;
  },
  help: () => import('./help').then((m) => m.help),
};
