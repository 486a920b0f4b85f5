// print_help() and print_version() of chrony 4.5's client.c for Rocky's build: the configure options of the el9
// package put the command socket in /run/chrony (the Fedora/RHEL chronyc(1) page: "The compiled-in default path is
// /run/chrony/chronyd.sock") and enable debugging, so the -d line is there (DEBUG > 0); the features string is the
// one the RHEL family's chronyc prints (CentOS 8's 4.1: "+READLINE +SECHASH +IPV6 +DEBUG").
export const usage =
  'Usage: chronyc [OPTION]... [COMMAND]...\n\n' +
  'Options:\n' +
  '  -4\t\tUse IPv4 addresses only\n' +
  '  -6\t\tUse IPv6 addresses only\n' +
  "  -n\t\tDon't resolve hostnames\n" +
  '  -N\t\tPrint original source names\n' +
  '  -c\t\tEnable CSV format\n' +
  '  -e\t\tEnd responses with dot\n' +
  '  -d\t\tEnable debug messages\n' +
  '  -m\t\tAccept multiple commands\n' +
  '  -h HOST\tSpecify server (/run/chrony/chronyd.sock,127.0.0.1,::1)\n' +
  '  -p PORT\tSpecify UDP port (323)\n' +
  '  -v, --version\tPrint version and exit\n' +
  '      --help\tPrint usage and exit\n';

export const VERSION = 'chronyc (chrony) version 4.5 (+READLINE +SECHASH +IPV6 +DEBUG)\n';

/** display_gpl(): what chronyc prints on a terminal before its first prompt. */
export const GPL =
  'chrony version 4.5\n' +
  'Copyright (C) 1997-2003, 2007, 2009-2023 Richard P. Curnow and others\n' +
  'chrony comes with ABSOLUTELY NO WARRANTY.  This is free software, and\n' +
  'you are welcome to redistribute it under certain conditions.  See the\n' +
  'GNU General Public License version 2 for details.\n\n';
