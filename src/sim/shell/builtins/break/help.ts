// `break --help` and `help break` in bash 5.1 (builtins/break.def). Written by scripts/golden/bash-builtins.ts.
export const help = "break: break [n]\n    Exit for, while, or until loops.\n    \n    Exit a FOR, WHILE or UNTIL loop.  If N is specified, break N enclosing\n    loops.\n    \n    Exit Status:\n    The exit status is 0 unless N is not greater than or equal to 1.\n";
