// `utmpdump --help` and `utmpdump --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n utmpdump [options] [filename]\n\nDump UTMP and WTMP files in raw format.\n\nOptions:\n -f, --follow         output appended data as the file grows\n -r, --reverse        write back dumped data into utmp file\n -o, --output <file>  write to file instead of standard output\n -h, --help           display this help\n -V, --version        display version\n\nFor more details see utmpdump(1).\n";

export const version = "utmpdump from util-linux 2.37.4\n";
