// localectl of systemd 252 (Rocky 9.5, v252-46.el9): options from src/locale/localectl.c, help in help.ts.
// `localectl --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "localectl",
  style: 'gnu',
  synopsis: "localectl [OPTIONS...] COMMAND ...",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { long: "no-pager" },
    { short: "H", long: "host", value: 'required' },
    { short: "M", long: "machine", value: 'required' },
    { long: "no-ask-password" },
    { long: "no-convert" },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
