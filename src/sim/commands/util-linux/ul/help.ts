// `ul --help` and `ul --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n ul [options] [<file> ...]\n\nDo underlining.\n\nOptions:\n -t, -T, --terminal TERMINAL  override the TERM environment variable\n -i, --indicated              underlining is indicated via a separate line\n -h, --help                   display this help\n -V, --version                display version\n\nFor more details see ul(1).\n";

export const version = "ul from util-linux 2.37.4\n";
