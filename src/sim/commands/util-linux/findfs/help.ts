// `findfs --help` and `findfs --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n findfs [options] {LABEL,UUID,PARTUUID,PARTLABEL}=<value>\n\nFind a filesystem by label or UUID.\n\nOptions:\n -h, --help     display this help\n -V, --version  display version\n\nFor more details see findfs(8).\n";

export const version = "findfs from util-linux 2.37.4\n";
