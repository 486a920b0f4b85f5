// uuidgen from util-linux 2.37.4 (Rocky 9.5): options from misc-utils/uuidgen.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "uuidgen",
  style: 'gnu',
  synopsis: "uuidgen [options]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "r", long: "random" },
    { short: "t", long: "time" },
    { short: "n", long: "namespace", value: 'required' },
    { short: "N", long: "name", value: 'required' },
    { short: "m", long: "md5" },
    { short: "s", long: "sha1" },
    { short: "x", long: "hex" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
