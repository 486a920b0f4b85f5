// `rename --help` and `rename --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n rename [options] <expression> <replacement> <file>...\n\nRename files.\n\nOptions:\n -v, --verbose       explain what is being done\n -s, --symlink       act on the target of symlinks\n -n, --no-act        do not make any changes\n -o, --no-overwrite  don't overwrite existing files\n -i, --interactive   prompt before overwrite\n\n -h, --help          display this help\n -V, --version       display version\n\nFor more details see rename(1).\n";

export const version = "rename from util-linux 2.37.4\n";
