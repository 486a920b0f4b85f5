// `zmore --help` and `zmore --version` of gzip 1.12: the script's usage and version texts,
// recorded from Debian 12's gzip 1.12 (the same scripts; tests/golden/linux zmore-help compares them).
export const help = "Usage: /usr/bin/zmore [OPTION]... [FILE]...\nLike 'more', but operate on the uncompressed contents of any compressed FILEs.\n\nReport bugs to <bug-gzip@gnu.org>.\n";

export const version = "zmore (gzip) 1.12\nCopyright (C) 2010-2018 Free Software Foundation, Inc.\nThis is free software.  You may redistribute copies of it under the terms of\nthe GNU General Public License <https://www.gnu.org/licenses/gpl.html>.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jean-loup Gailly.\n";
