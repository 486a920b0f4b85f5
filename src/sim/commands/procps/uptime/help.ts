// `uptime --help` of procps-ng 3.3.17, read from its source by scripts/golden/procps-specs.ts.
export const help = "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n";
