// `unalias --help` and `help unalias` in bash 5.1 (builtins/alias.def). Written by scripts/golden/bash-builtins.ts.
export const help = "unalias: unalias [-a] name [name ...]\n    Remove each NAME from the list of defined aliases.\n    \n    Options:\n      -a\tremove all alias definitions\n    \n    Return success unless a NAME is not an existing alias.\n";
