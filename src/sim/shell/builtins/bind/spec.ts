// The bash 5.1 builtin `bind`: options as its source reads them (builtins/bind.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "bind",
  style: 'builtin',
  synopsis: "bind [-lpsvPSVX] [-m keymap] [-f filename] [-q name] [-u name] [-r keyseq] [-x keyseq:shell-command] [keyseq:readline-function or readline-command]",
  summary: "Set Readline key bindings and variables.",
  flags: [
    { short: "l" },
    { short: "v" },
    { short: "p" },
    { short: "V" },
    { short: "P" },
    { short: "s" },
    { short: "S" },
    { short: "X" },
    { short: "f", value: 'required' },
    { short: "q", value: 'required' },
    { short: "u", value: 'required' },
    { short: "m", value: 'required' },
    { short: "r", value: 'required' },
    { short: "x", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
};
