// `shift --help` and `help shift` in bash 5.1 (builtins/shift.def). Written by scripts/golden/bash-builtins.ts.
export const help = "shift: shift [n]\n    Shift positional parameters.\n    \n    Rename the positional parameters $N+1,$N+2 ... to $1,$2 ...  If N is\n    not given, it is assumed to be 1.\n    \n    Exit Status:\n    Returns success unless N is negative or greater than $#.\n";
