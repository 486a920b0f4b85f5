// `times --help` and `help times` in bash 5.1 (builtins/times.def). Written by scripts/golden/bash-builtins.ts.
export const help = "times: times\n    Display process times.\n    \n    Prints the accumulated user and system times for the shell and all of its\n    child processes.\n    \n    Exit Status:\n    Always succeeds.\n";
