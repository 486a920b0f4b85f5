// pstree's usage() and print_version() of psmisc 23.4 (src/pstree.c; both to stderr). The usage is 23.5's text, which
// 23.4's ChangeLog entries leave as it was (and Debian's 23.6 prints the same); the copyright years are 23.4's.
export const usage =
  'Usage: pstree [-acglpsStTuZ] [ -h | -H PID ] [ -n | -N type ]\n' +
  '              [ -A | -G | -U ] [ PID | USER ]\n' +
  '   or: pstree -V\n' +
  '\n' +
  'Display a tree of processes.\n\n' +
  '  -a, --arguments     show command line arguments\n' +
  '  -A, --ascii         use ASCII line drawing characters\n' +
  "  -c, --compact-not   don't compact identical subtrees\n" +
  '  -C, --color=TYPE    color process by attribute\n' +
  '                      (age)\n' +
  '  -g, --show-pgids    show process group ids; implies -c\n' +
  '  -G, --vt100         use VT100 line drawing characters\n' +
  '  -h, --highlight-all highlight current process and its ancestors\n' +
  '  -H PID, --highlight-pid=PID\n' +
  '                      highlight this process and its ancestors\n' +
  "  -l, --long          don't truncate long lines\n" +
  '  -n, --numeric-sort  sort output by PID\n' +
  '  -N TYPE, --ns-sort=TYPE\n' +
  '                      sort output by this namespace type\n' +
  '                              (cgroup, ipc, mnt, net, pid, time, user, uts)\n' +
  '  -p, --show-pids     show PIDs; implies -c\n' +
  '  -s, --show-parents  show parents of the selected process\n' +
  '  -S, --ns-changes    show namespace transitions\n' +
  '  -t, --thread-names  show full thread names\n' +
  '  -T, --hide-threads  hide threads, show only processes\n' +
  '  -u, --uid-changes   show uid transitions\n' +
  '  -U, --unicode       use UTF-8 (Unicode) line drawing characters\n' +
  '  -V, --version       display version information\n' +
  '  -Z, --security-context\n' +
  '                      show security attributes\n' +
  '\n' +
  '  PID    start at this PID; default is 1 (init)\n' +
  '  USER   show only trees rooted at processes of this user\n\n';

export const version =
  'pstree (PSmisc) 23.4\n' +
  'Copyright (C) 1993-2020 Werner Almesberger and Craig Small\n\n' +
  'PSmisc comes with ABSOLUTELY NO WARRANTY.\n' +
  'This is free software, and you are welcome to redistribute it under\n' +
  'the terms of the GNU General Public License.\n' +
  'For more information about these matters, see the files named COPYING.\n';
