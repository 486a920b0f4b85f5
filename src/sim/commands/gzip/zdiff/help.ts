// `zdiff --help` and `zdiff --version` of gzip 1.12: the script's usage and version texts,
// recorded from Debian 12's gzip 1.12 (the same scripts; tests/golden/linux zdiff-help compares them).
export const help = "Usage: /usr/bin/zdiff [OPTION]... FILE1 [FILE2]\nCompare FILE1 to FILE2, using their uncompressed contents if they are\ncompressed.  If FILE2 is omitted, compare FILE1 to the uncompressed\ncontents of FILE1.gz.  Do comparisons like 'diff' does.\n\nOPTIONs are the same as for 'diff'.\n\nReport bugs to <bug-gzip@gnu.org>.\n";

export const version = "zdiff (gzip) 1.12\nCopyright (C) 2009, 2011-2018 Free Software Foundation, Inc.\nThis is free software.  You may redistribute copies of it under the terms of\nthe GNU General Public License <https://www.gnu.org/licenses/gpl.html>.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jean-loup Gailly.\n";
