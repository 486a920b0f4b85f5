// `mkfs --help` and `mkfs --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n mkfs [options] [-t <type>] [fs-options] <device> [<size>]\n\nMake a Linux filesystem.\n\nOptions:\n -t, --type=<type>  filesystem type; when unspecified, ext2 is used\n     fs-options     parameters for the real filesystem builder\n     <device>       path to the device to be used\n     <size>         number of blocks to be used on the device\n -V, --verbose      explain what is being done;\n                      specifying -V more than once will cause a dry-run\n -h, --help         display this help\n -V, --version      display version\n\nFor more details see mkfs(8).\n";

export const version = "mkfs from util-linux 2.37.4\n";
