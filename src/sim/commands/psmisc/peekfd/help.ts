// peekfd's usage() and print_version() of psmisc 23.4 (src/peekfd.c; both to stderr). The usage is 23.2's (-t and
// the long names added by then); 23.3 to 23.6 changed only the ARM64 registers. The copyright line is the same in
// 22.21 and 23.6.
export const usage =
  'Usage: peekfd [-8] [-n] [-c] [-d] [-V] [-h] <pid> [<fd> ..]\n' +
  '    -8, --eight-bit-clean        output 8 bit clean streams.\n' +
  "    -n, --no-headers             don't display read/write from fd headers.\n" +
  '    -c, --follow                 peek at any new child processes too.\n' +
  '    -t, --tgid                   peek at all threads where tgid equals <pid>.\n' +
  '    -d, --duplicates-removed     remove duplicate read/writes from the output.\n' +
  '    -V, --version                prints version info.\n' +
  '    -h, --help                   prints this help.\n' +
  '\n' +
  '  Press CTRL-C to end output.\n';

export const version =
  'peekfd (PSmisc) 23.4\n' +
  'Copyright (C) 2007 Trent Waddington\n\n' +
  'PSmisc comes with ABSOLUTELY NO WARRANTY.\n' +
  'This is free software, and you are welcome to redistribute it under\n' +
  'the terms of the GNU General Public License.\n' +
  'For more information about these matters, see the files named COPYING.\n';
