// `zforce --help` and `zforce --version` of gzip 1.12: the script's usage and version texts,
// recorded from Debian 12's gzip 1.12 (the same scripts; tests/golden/linux zforce-help compares them).
export const help = "Usage: /usr/bin/zforce [FILE]...\nForce a .gz extension on all compressed FILEs so that gzip will\nnot compress them twice.\n\nReport bugs to <bug-gzip@gnu.org>.\n";

export const version = "zforce (gzip) 1.12\nCopyright (C) 2010-2018 Free Software Foundation, Inc.\nThis is free software.  You may redistribute copies of it under the terms of\nthe GNU General Public License <https://www.gnu.org/licenses/gpl.html>.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jean-loup Gailly.\n";
