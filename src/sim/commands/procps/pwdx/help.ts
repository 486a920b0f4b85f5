// `pwdx --help` of procps-ng 3.3.17, read from its source by scripts/golden/procps-specs.ts.
export const help = "\nUsage:\n pwdx [options] pid...\n\nOptions:\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see pwdx(1).\n";
