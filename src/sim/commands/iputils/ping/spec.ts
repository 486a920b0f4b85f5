// ping of iputils 20210202 (Rocky 9.5): getopt (short options only) with "h?4bRT:6F:N:aABc:dDfi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:".
// -h and -? print usage() to stderr and exit 2; a bad option prints getopt's line and the same usage;
// `--help` is the option '-' to getopt. Help text in help.ts (scripts/golden/net-specs.ts).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const OPTSTRING = '4bRT:6F:N:aABc:dDfi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:';
const flags: FlagSpec[] = [];
for (let i = 0; i < OPTSTRING.length; i++) {
  if (OPTSTRING[i] === ':') continue;
  flags.push(OPTSTRING[i + 1] === ':' ? { short: OPTSTRING[i], value: 'required' } : { short: OPTSTRING[i] });
}

export const spec: CommandSpec = {
  name: 'ping',
  style: 'gnu',
  synopsis: 'ping [options] <destination>',
  helpFlags: ['-h', '-?'],
  helpStream: 'stderr',
  helpStatus: 2,
  usageTail: 'help',
  usageStatus: 2,
  flags,
  onError: (e) => {
    // no long options: getopt reads `--x` as the option '-'
    if (e.code === 'unknown-option' && !e.short) return { stderr: "ping: invalid option -- '-'\n", status: 2, withHelp: 'stderr' };
    if (e.code === 'missing-value' && !e.short) return { stderr: "ping: invalid option -- '-'\n", status: 2, withHelp: 'stderr' };
    return undefined;
  },
  help: () => import('./help').then((m) => m.help),
};
