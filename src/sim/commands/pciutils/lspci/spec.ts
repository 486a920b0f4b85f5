// lspci of pciutils 3.7.0 (Rocky 9.5): getopt (short options only) with "nvbxs:d:tPi:mgp:qkMDQ" and the generic
// "A:GO:H:F:" of an x86 Linux build. A bad option prints getopt's line and help_msg on stderr, exit 1; `--help` is
// the option '-' to getopt; only `lspci --version` alone is read before getopt. Help text in help.ts
// (scripts/golden/pciutils-specs.ts).
import type { CommandSpec, FlagSpec } from '../../../spec/types';

const OPTSTRING = 'nvbxs:d:tPi:mgp:qkMDQA:GO:H:F:';
const flags: FlagSpec[] = [];
for (let i = 0; i < OPTSTRING.length; i++) {
  if (OPTSTRING[i] === ':') continue;
  flags.push(OPTSTRING[i + 1] === ':' ? { short: OPTSTRING[i], value: 'required' } : { short: OPTSTRING[i] });
}

export const spec: CommandSpec = {
  name: 'lspci',
  style: 'gnu',
  synopsis: 'lspci [<switches>]',
  helpFlags: [],
  helpStream: 'stderr',
  helpStatus: 1,
  usageTail: 'help',
  usageStatus: 1,
  // `lspci --version` is answered before getopt runs (only as the sole argument on a real lspci)
  flags: [...flags, { long: 'version', action: 'version' }],
  version: 'lspci version 3.7.0\n',
  onError: (e) => {
    // no long options: getopt reads `--x` as the option '-'
    if ((e.code === 'unknown-option' || e.code === 'missing-value') && !e.short) return { stderr: "lspci: invalid option -- '-'\n", status: 1, withHelp: 'stderr' };
    return undefined;
  },
  help: () => import('./help').then((m) => m.help),
};
