// `false --help` and `help false` in bash 5.1 (builtins/colon.def). Written by scripts/golden/bash-builtins.ts.
export const help = "false: false\n    Return an unsuccessful result.\n    \n    Exit Status:\n    Always fails.\n";
