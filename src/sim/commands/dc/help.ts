// dc 1.4.1's usage() and bug_report_info() (dc/dc.c) and show_version(), as recorded (tests/golden/dc).
export const usageBody =
  'Usage: dc [OPTION] [file ...]\n' +
  '  -e, --expression=EXPR    evaluate expression\n' +
  '  -f, --file=FILE          evaluate contents of file\n' +
  '  -h, --help               display this help and exit\n' +
  '  -V, --version            output version information and exit\n' +
  '\n';
export const bugs = 'Email bug reports to:  bug-dc@gnu.org .\n';
export const usage = usageBody + bugs;
export const version =
  'dc (GNU bc 1.07.1) 1.4.1\n\n' +
  'Copyright 1994, 1997, 1998, 2000, 2001, 2003-2006, 2008, 2010, 2012-2017 Free Software Foundation, Inc.\n' +
  'This is free software; see the source for copying conditions.  There is NO\n' +
  'warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE,\n' +
  'to the extent permitted by law.\n';
