// `mesg --help` and `mesg --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n mesg [options] [y | n]\n\nControl write access of other users to your terminal.\n\nOptions:\n -v, --verbose  explain what is being done\n -h, --help     display this help\n -V, --version  display version\n\nFor more details see mesg(1).\n";

export const version = "mesg from util-linux 2.37.4\n";
