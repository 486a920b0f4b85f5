// `grep --version` of GNU grep 3.6: version_etc() with no authors (gnulib, copyright year 2020), then the
// authorship line grep.c puts after it. As public transcripts of grep 3.6 print it.
export const version =
  'grep (GNU grep) 3.6\nCopyright (C) 2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.\n';
