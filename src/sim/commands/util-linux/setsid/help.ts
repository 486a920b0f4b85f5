// `setsid --help` and `setsid --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n setsid [options] <program> [arguments ...]\n\nRun a program in a new session.\n\nOptions:\n -c, --ctty     set the controlling terminal to the current one\n -f, --fork     always fork\n -w, --wait     wait program to exit, and use the same return\n -h, --help     display this help\n -V, --version  display version\n\nFor more details see setsid(1).\n";

export const version = "setsid from util-linux 2.37.4\n";
