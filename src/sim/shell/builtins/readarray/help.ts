// `readarray --help` and `help readarray` in bash 5.1 (builtins/mapfile.def). Written by scripts/golden/bash-builtins.ts.
export const help = "readarray: readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n    Read lines from a file into an array variable.\n    \n    A synonym for `mapfile'.\n";
