// fuser's usage() of psmisc 23.4 (src/fuser.c, built WITH_IPV6; to stderr, status 1): 23.5's text, which still has the
// `-  reset options` line 23.6 took out. print_version()'s first line; its copyright line is left out (see DIFFERENCES.md).
export const usage =
  'Usage: fuser [-fIMuvw] [-a|-s] [-4|-6] [-c|-m|-n SPACE]\n' +
  '             [-k [-i] [-SIGNAL]] NAME...\n' +
  '       fuser -l\n' +
  '       fuser -V\n' +
  'Show which processes use the named files, sockets, or filesystems.\n\n' +
  '  -a,--all              display unused files too\n' +
  '  -i,--interactive      ask before killing (ignored without -k)\n' +
  '  -I,--inode            use always inodes to compare files\n' +
  '  -k,--kill             kill processes accessing the named file\n' +
  '  -l,--list-signals     list available signal names\n' +
  '  -m,--mount            show all processes using the named filesystems or\n' +
  '                        block device\n' +
  '  -M,--ismountpoint     fulfill request only if NAME is a mount point\n' +
  '  -n,--namespace SPACE  search in this name space (file, udp, or tcp)\n' +
  '  -s,--silent           silent operation\n' +
  '  -SIGNAL               send this signal instead of SIGKILL\n' +
  '  -u,--user             display user IDs\n' +
  '  -v,--verbose          verbose output\n' +
  '  -w,--writeonly        kill only processes with write access\n' +
  '  -V,--version          display version information\n' +
  '  -4,--ipv4             search IPv4 sockets only\n' +
  '  -6,--ipv6             search IPv6 sockets only\n' +
  '  -                     reset options\n\n' +
  '  udp/tcp names: [local_port][,[rmt_host][,[rmt_port]]]\n\n';

export const version =
  'fuser (PSmisc) 23.4\n' +
  'PSmisc comes with ABSOLUTELY NO WARRANTY.\n' +
  'This is free software, and you are welcome to redistribute it under\n' +
  'the terms of the GNU General Public License.\n' +
  'For more information about these matters, see the files named COPYING.\n';
