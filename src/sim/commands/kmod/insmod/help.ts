// `insmod --help` of kmod 28 (tools/insmod.c help()). Written by scripts/golden/kmod-specs.ts.
export const help = "Usage:\n\tinsmod [options] filename [args]\nOptions:\n\t-V, --version     show version\n\t-h, --help        show this help\n";
