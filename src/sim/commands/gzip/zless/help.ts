// `zless --help` and `zless --version` of gzip 1.12: the script's usage and version texts,
// recorded from Debian 12's gzip 1.12 (the same scripts; tests/golden/linux zless-help compares them).
export const help = "Usage: /usr/bin/zless [OPTION]... [FILE]...\nLike 'less', but operate on the uncompressed contents of any compressed FILEs.\n\nOptions are the same as for 'less'.\n\nReport bugs to <bug-gzip@gnu.org>.\n";

export const version = "zless (gzip) 1.12\nCopyright (C) 2007, 2011-2018 Free Software Foundation, Inc.\nThis is free software.  You may redistribute copies of it under the terms of\nthe GNU General Public License <https://www.gnu.org/licenses/gpl.html>.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Paul Eggert.\n";
