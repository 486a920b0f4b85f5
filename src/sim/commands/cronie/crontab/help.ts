// What usage() of cronie 1.5.7's crontab prints after its "crontab: usage error: ..." line, and -V's PACKAGE_STRING;
// read from src/crontab.c by scripts/golden/cronie-spec.ts.
export const usage = "Usage:\n crontab [options] file\n crontab [options]\n crontab -n [hostname]\n\nOptions:\n -u <user>  define user\n -e         edit user's crontab\n -l         list user's crontab\n -r         delete user's crontab\n -i         prompt before deleting\n -n <host>  set host in cluster to run users' crontabs\n -c         get host in cluster to run users' crontabs\n -T <file>  test a crontab file syntax\n -s         selinux context\n -V         print version and exit\n -x <mask>  enable debugging\n\nDefault operation is replace, per 1003.2\n";

export const version = "cronie 1.5.7\n";
