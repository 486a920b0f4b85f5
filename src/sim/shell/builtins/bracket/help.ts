// `[ --help` and `help [` in bash 5.1 (builtins/test.def). Written by scripts/golden/bash-builtins.ts.
export const help = "[: [ arg... ]\n    Evaluate conditional expression.\n    \n    This is a synonym for the \"test\" builtin, but the last argument must\n    be a literal `]', to match the opening `['.\n";
