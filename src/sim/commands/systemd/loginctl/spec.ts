// loginctl of systemd 252 (Rocky 9.5, v252-46.el9): options from src/login/loginctl.c, help in help.ts.
// `loginctl --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "loginctl",
  style: 'gnu',
  synopsis: "loginctl [OPTIONS...] COMMAND ...",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { short: "p", long: "property", value: 'required' },
    { short: "a", long: "all" },
    { long: "value" },
    { short: "l", long: "full" },
    { long: "no-pager" },
    { long: "no-legend" },
    { long: "kill-whom", value: 'required' },
    { short: "s", long: "signal", value: 'required' },
    { short: "H", long: "host", value: 'required' },
    { short: "M", long: "machine", value: 'required' },
    { long: "no-ask-password" },
    { short: "n", long: "lines", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { short: "P", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
