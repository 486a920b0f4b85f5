// `exit --help` and `help exit` in bash 5.1 (builtins/exit.def). Written by scripts/golden/bash-builtins.ts.
export const help = "exit: exit [n]\n    Exit the shell.\n    \n    Exits the shell with a status of N.  If N is omitted, the exit status\n    is that of the last command executed.\n";
