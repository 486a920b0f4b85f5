// `rev --help` and `rev --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "Usage: rev [options] [file ...]\n\nReverse lines characterwise.\n\nOptions:\n -h, --help     display this help\n -V, --version  display version\n\nFor more details see rev(1).\n";

export const version = "rev from util-linux 2.37.4\n";
