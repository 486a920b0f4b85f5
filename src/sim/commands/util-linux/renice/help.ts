// `renice --help` and `renice --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n renice [-n] <priority> [-p|--pid] <pid>...\n renice [-n] <priority>  -g|--pgrp <pgid>...\n renice [-n] <priority>  -u|--user <user>...\n\nAlter the priority of running processes.\n\nOptions:\n -n, --priority <num>   specify the nice value\n -p, --pid              interpret arguments as process ID (default)\n -g, --pgrp             interpret arguments as process group ID\n -u, --user             interpret arguments as username or user ID\n\n -h, --help             display this help\n -V, --version          display version\n\nFor more details see renice(1).\n";

export const version = "renice from util-linux 2.37.4\n";
