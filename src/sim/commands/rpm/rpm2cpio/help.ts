// rpm2cpio.c (rpm-4.16.1.3): its only text of its own about usage, printed to standard error for -h or --help.
export const help = 'Usage: rpm2cpio file.rpm\n';
