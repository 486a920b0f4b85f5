// systemd-analyze of systemd 252 (Rocky 9.5, v252-46.el9): options from src/analyze/analyze.c, help in help.ts.
// `systemd-analyze --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "systemd-analyze",
  style: 'gnu',
  synopsis: "systemd-analyze [OPTIONS...] COMMAND ...",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { long: "quiet" },
    { long: "order" },
    { long: "require" },
    { long: "root", value: 'required' },
    { long: "image", value: 'required' },
    { long: "recursive-errors", value: 'required' },
    { long: "offline", value: 'required' },
    { long: "threshold", value: 'required' },
    { long: "security-policy", value: 'required' },
    { long: "system" },
    { long: "user" },
    { long: "global" },
    { long: "from-pattern", value: 'required' },
    { long: "to-pattern", value: 'required' },
    { long: "fuzz", value: 'required' },
    { long: "no-pager" },
    { long: "man", value: 'optional' },
    { long: "generators", value: 'optional' },
    { short: "H", long: "host", value: 'required' },
    { short: "M", long: "machine", value: 'required' },
    { long: "iterations", value: 'required' },
    { long: "base-time", value: 'required' },
    { short: "U", long: "unit", value: 'required' },
    { long: "json", value: 'required' },
    { long: "profile", value: 'required' },
    { long: "table", value: 'optional' },
    { long: "no-legend", value: 'optional' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
