// The texts popt prints for logrotate 3.18.0's option table (logrotate.c main(): options[], POPT_AUTOHELP,
// poptSetOtherOptionHelp "[OPTION...] <configfile>"), and the --version block, as the release prints them
// (scripts/golden/logrotate-record.sh). Rocky's build links ACL and SELinux support (libacl-devel and
// libselinux-devel are build requirements of its spec), so both say yes (DIFFERENCES.md).

export const HELP =
  "Usage: logrotate [OPTION...] <configfile>\n  -d, --debug               Don't do anything, just test and print debug\n                            messages\n  -f, --force               Force file rotation\n  -m, --mail=command        Command to send mail (instead of `/bin/mail')\n  -s, --state=statefile     Path of state file\n      --skip-state-lock     Do not lock the state file\n  -v, --verbose             Display messages during rotation\n  -l, --log=logfile         Log file or 'syslog' to log to syslog\n      --version             Display version information\n\nHelp options:\n  -?, --help                Show this help message\n      --usage               Display brief usage message\n";

export const USAGE =
  'Usage: logrotate [-dfv?] [-d|--debug] [-f|--force] [-m|--mail=command]\n        [-s|--state=statefile] [--skip-state-lock] [-v|--verbose]\n        [-l|--log=logfile] [--version] [-?|--help] [--usage]\n        [OPTION...] <configfile>\n';

/** What logrotate prints on stderr when no configuration file is named, before the usage. */
export const NO_CONFIG = 'logrotate 3.18.0 - Copyright (C) 1995-2001 Red Hat, Inc.\nThis may be freely redistributed under the terms of the GNU General Public License\n\n';

export const VERSION =
  'logrotate 3.18.0\n\n    Default mail command:       /bin/mail\n    Default compress command:   /bin/gzip\n    Default uncompress command: /bin/gunzip\n    Default compress extension: .gz\n    Default state file path:    /var/lib/logrotate/logrotate.status\n    ACL support:                yes\n    SELinux support:            yes\n';

export const DEBUG_WARNING =
  'WARNING: logrotate in debug mode does nothing except printing debug messages!  Consider using verbose mode (-v) instead if this is not what you want.\n\n';
