// `logout --help` and `help logout` in bash 5.1 (builtins/exit.def). Written by scripts/golden/bash-builtins.ts.
export const help = "logout: logout [n]\n    Exit a login shell.\n    \n    Exits a login shell with exit status N.  Returns an error if not executed\n    in a login shell.\n";
