// timedatectl of systemd 252 (Rocky 9.5, v252-46.el9): options from src/timedate/timedatectl.c, help in help.ts.
// `timedatectl --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "timedatectl",
  style: 'gnu',
  synopsis: "timedatectl [OPTIONS...] COMMAND ...",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { long: "no-pager" },
    { short: "H", long: "host", value: 'required' },
    { short: "M", long: "machine", value: 'required' },
    { long: "no-ask-password" },
    { long: "adjust-system-clock" },
    { long: "monitor" },
    { short: "p", long: "property", value: 'required' },
    { short: "a", long: "all" },
    { long: "value" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
