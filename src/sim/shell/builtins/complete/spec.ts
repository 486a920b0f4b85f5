// The bash 5.1 builtin `complete`: options as its source reads them (builtins/complete.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "complete",
  style: 'builtin',
  synopsis: "complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]",
  summary: "Specify how arguments are to be completed by Readline.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
