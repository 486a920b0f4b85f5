// systemd-cgls of systemd 252 (Rocky 9.5, v252-46.el9): options from src/cgls/cgls.c, help in help.ts.
// `systemd-cgls --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "systemd-cgls",
  style: 'gnu',
  synopsis: "systemd-cgls [OPTIONS...] [CGROUP...]",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { long: "no-pager" },
    { short: "a", long: "all" },
    { short: "l", long: "full" },
    { short: "M", long: "machine", value: 'required' },
    { short: "u", long: "unit", value: 'optional' },
    { long: "user-unit", value: 'optional' },
    { long: "xattr", value: 'required' },
    { long: "cgroup-id", value: 'required' },
    { short: "k" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
