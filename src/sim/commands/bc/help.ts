// bc 1.07.1's usage() (main.c) and show_bc_version() (util.c), as recorded (tests/golden/bc).
export const usage =
  'usage: bc [options] [file ...]\n' +
  '  -h  --help         print this usage and exit\n' +
  '  -i  --interactive  force interactive mode\n' +
  '  -l  --mathlib      use the predefined math routines\n' +
  "  -q  --quiet        don't print initial banner\n" +
  '  -s  --standard     non-standard bc constructs are errors\n' +
  '  -w  --warn         warn about non-standard bc constructs\n' +
  '  -v  --version      print version information and exit\n';
export const version = 'bc 1.07.1\nCopyright 1991-1994, 1997, 1998, 2000, 2004, 2006, 2008, 2012-2017 Free Software Foundation, Inc.\n';
/** The banner an interactive bc prints first (welcome() after the version). */
export const banner = version + "This is free software with ABSOLUTELY NO WARRANTY.\nFor details type `warranty'. \n";
