// host of bind 9.16.23 (bind-utils on Rocky 9.5): isc_commandline_parse() with "46aAc:dilnm:p:rst:vVwCDN:R:TUW:",
// options end at the first operand. A bad option: "host: illegal option -- x" and the usage (help.ts) on stderr,
// status 1; no help option (the usage also answers a missing name).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const OPTSTRING = '46aAc:dilnm:p:rst:vVwCDN:R:TUW:';
const flags: FlagSpec[] = [];
for (let i = 0; i < OPTSTRING.length; i++) {
  if (OPTSTRING[i] === ':') continue;
  flags.push(OPTSTRING[i + 1] === ':' ? { short: OPTSTRING[i], value: 'required' } : { short: OPTSTRING[i] });
}

export const spec: CommandSpec = {
  name: 'host',
  style: 'gnu',
  synopsis: 'host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time] [-R number] [-m flag] [-p port] hostname [server]',
  helpFlags: [],
  permute: false,
  flags,
  onError: (e) => {
    const c = e.short ? e.option : '-';
    if (e.code === 'missing-value') return { stderr: `host: option requires an argument -- ${c}\n`, status: 1, withHelp: 'stderr' };
    return { stderr: `host: illegal option -- ${c}\n`, status: 1, withHelp: 'stderr' };
  },
  help: () => import('./help').then((m) => m.help),
};
