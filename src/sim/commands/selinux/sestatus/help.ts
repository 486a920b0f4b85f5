// sestatus's usage of policycoreutils 3.6 (sestatus.c, after a bad option: stdout, status 255). Written by scripts/golden/net-specs.ts.
export const help = "\nUsage: sestatus [OPTION]\n\n  -v  Verbose check of process and file contexts.\n  -b  Display current state of booleans.\n\nWithout options, show SELinux status.\n";
