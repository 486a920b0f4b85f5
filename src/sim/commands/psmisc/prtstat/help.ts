// prtstat's usage() and print_version() of psmisc 23.4 (src/prtstat.c; both to stderr): the usage is the same in
// 22.21 and 23.6, whose ChangeLog entries leave prtstat as it was. print_version()'s copyright line is left out: 22.21
// has `2009`, 23.6 `2009-2022`, and no source of 23.4's years was at hand (DIFFERENCES.md).
export const usage =
  'Usage: prtstat [options] PID ...\n' +
  '       prtstat -V\n' +
  'Print information about a process\n' +
  '    -r,--raw       Raw display of information\n' +
  '    -V,--version   Display version information and exit\n';

export const version =
  'prtstat (PSmisc) 23.4\n' +
  'PSmisc comes with ABSOLUTELY NO WARRANTY.\n' +
  'This is free software, and you are welcome to redistribute it under\n' +
  'the terms of the GNU General Public License.\n' +
  'For more information about these matters, see the files named COPYING.\n';
