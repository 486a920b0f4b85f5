// `tload --help` of procps-ng 3.3.17, read from its source by scripts/golden/procps-specs.ts.
export const help = "\nUsage:\n tload [options] [tty]\n\nOptions:\n -d, --delay <secs>  update delay in seconds\n -s, --scale <num>   vertical scale\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see tload(1).\n";
