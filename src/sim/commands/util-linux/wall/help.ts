// `wall --help` and `wall --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n wall [options] [<file> | <message>]\n\nWrite a message to all users.\n\nOptions:\n -g, --group <group>     only send message to group\n -n, --nobanner          do not print banner, works only for root\n -t, --timeout <timeout> write timeout in seconds\n\n -h, --help              display this help\n -V, --version           display version\n\nFor more details see wall(1).\n";

export const version = "wall from util-linux 2.37.4\n";
