// `namei --help` and `namei --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n namei [options] <pathname>...\n\nFollow a pathname until a terminal point is found.\n\nOptions:\n -x, --mountpoints   show mount point directories with a 'D'\n -m, --modes         show the mode bits of each file\n -o, --owners        show owner and group name of each file\n -l, --long          use a long listing format (-m -o -v) \n -n, --nosymlinks    don't follow symlinks\n -v, --vertical      vertical align of modes and owners\n -h, --help          display this help\n -V, --version       display version\n\nFor more details see namei(1).\n";

export const version = "namei from util-linux 2.37.4\n";
