// `: --help` and `help :` in bash 5.1 (builtins/colon.def). Written by scripts/golden/bash-builtins.ts.
export const help = ":: :\n    Null command.\n    \n    No effect; the command does nothing.\n    \n    Exit Status:\n    Always succeeds.\n";
