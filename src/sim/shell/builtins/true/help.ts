// `true --help` and `help true` in bash 5.1 (builtins/colon.def). Written by scripts/golden/bash-builtins.ts.
export const help = "true: true\n    Return a successful result.\n    \n    Exit Status:\n    Always succeeds.\n";
