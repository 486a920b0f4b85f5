// date from GNU coreutils 8.32 (Rocky 9.5): options from src/date.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "date",
  style: 'gnu',
  synopsis: "date [OPTION]... [+FORMAT]",
  operands: { max: 1 },
  flags: [
    { short: "d", long: "date", value: 'required' },
    { long: "debug" },
    { short: "f", long: "file", value: 'required' },
    { short: "I", long: "iso-8601", value: 'optional' },
    { short: "r", long: "reference", value: 'required' },
    { short: "R", long: "rfc-email", longAliases: ["rfc-822","rfc-2822"] },
    { long: "rfc-3339", value: 'required' },
    { short: "s", long: "set", value: 'required' },
    { short: "u", long: "uct", longAliases: ["utc","universal"] },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
