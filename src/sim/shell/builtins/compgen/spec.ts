// The bash 5.1 builtin `compgen`: options as its source reads them (builtins/complete.def), help in help.ts.
// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "compgen",
  style: 'builtin',
  synopsis: "compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]",
  summary: "Display possible completions depending on the options.",
  rawArgs: true,
  help: () => import('./help').then((m) => m.help),
};
