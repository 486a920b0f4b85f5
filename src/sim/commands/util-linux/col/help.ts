// `col --help` and `col --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n col [options]\n\nFilter out reverse line feeds from standard input.\n\nOptions:\n -b, --no-backspaces    do not output backspaces\n -f, --fine             permit forward half line feeds\n -p, --pass             pass unknown control sequences\n -h, --tabs             convert spaces to tabs\n -x, --spaces           convert tabs to spaces\n -l, --lines NUM        buffer at least NUM lines\n -H, --help             display this help\n -v, --version          display version\n\nFor more details see col(1).\n";

export const version = "col from util-linux 2.37.4\n";
