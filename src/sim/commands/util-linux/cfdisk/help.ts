// `cfdisk --help` and `cfdisk --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n cfdisk [options] <disk>\n\nDisplay or manipulate a disk partition table.\n\nOptions:\n -L, --color[=<when>]     colorize output (auto, always or never)\n                            colors are enabled by default\n -z, --zero               start with zeroed partition table\n     --lock[=<mode>]      use exclusive device lock (yes, no or nonblock)\n -r, --read-only          forced open cfdisk in read-only mode\n\n -h, --help               display this help\n -V, --version            display version\n\nFor more details see cfdisk(8).\n";

export const version = "cfdisk from util-linux 2.37.4\n";
