// coredumpctl of systemd 252 (Rocky 9.5, v252-46.el9): options from src/coredump/coredumpctl.c, help in help.ts.
// `coredumpctl --version` prints version() of src/basic/util.c with the box's build features (../version.ts).
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "coredumpctl",
  style: 'gnu',
  synopsis: "coredumpctl [OPTIONS...] COMMAND ...",
  usageTail: '',
  flags: [
    { short: "h", long: "help", action: 'help' },
    { long: "version", action: 'version' },
    { long: "no-pager" },
    { long: "no-legend" },
    { long: "debugger", value: 'required' },
    { short: "A", long: "debugger-arguments", value: 'required' },
    { short: "o", long: "output", value: 'required' },
    { short: "F", long: "field", value: 'required' },
    { long: "file", value: 'required' },
    { short: "D", long: "directory", value: 'required' },
    { short: "r", long: "reverse" },
    { short: "S", long: "since", value: 'required' },
    { short: "U", long: "until", value: 'required' },
    { short: "q", long: "quiet" },
    { long: "json", value: 'required' },
    { long: "root", value: 'required' },
    { long: "image", value: 'required' },
    { long: "all" },
    { short: "1" },
    { short: "n", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('../version').then((m) => m.version),
};
