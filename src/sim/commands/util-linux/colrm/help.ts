// `colrm --help` and `colrm --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n colrm [startcol [endcol]]\n\nFilter out the specified columns.\n\nOptions:\n -h, --help     display this help\n -V, --version  display version\ncolrm reads from standard input and writes to standard output\n\n\nFor more details see colrm(1).\n";

export const version = "colrm from util-linux 2.37.4\n";
