// `typeset --help` and `help typeset` in bash 5.1 (builtins/declare.def). Written by scripts/golden/bash-builtins.ts.
export const help = "typeset: typeset [-aAfFgiIlnrtux] [-p] name[=value] ...\n    Set variable values and attributes.\n    \n    A synonym for `declare'.  See `help declare'.\n";
