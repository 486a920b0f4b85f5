// `zcmp --help` and `zcmp --version` of gzip 1.12: the script's usage and version texts,
// recorded from Debian 12's gzip 1.12 (the same scripts; tests/golden/linux zcmp-help compares them).
export const help = "Usage: /usr/bin/zcmp [OPTION]... FILE1 [FILE2]\nCompare FILE1 to FILE2 byte by byte, using their uncompressed contents\nif they are compressed.  If FILE2 is omitted, compare FILE1 to the\nuncompressed contents of FILE1.gz.  Do comparisons like 'cmp' does.\n\nOptions are the same as for 'cmp'.\n\nIf a FILE is '-' or missing, read standard input.\n\nReport bugs to <bug-gzip@gnu.org>.\n";

export const version = "zcmp (gzip) 1.12\nCopyright (C) 2010 Free Software Foundation, Inc.\nThis is free software.  You may redistribute copies of it under the terms of\nthe GNU General Public License <https://www.gnu.org/licenses/gpl.html>.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Paul Eggert.\n";
