// sudo's usage lines (stderr after a bad option, and with no command), 80 columns. Written by scripts/golden/sudo-spec.ts.
export const usage = "usage: sudo -h | -K | -k | -V\nusage: sudo -v [-AknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-AknS] [-g group] [-h host] [-p prompt] [-U user] [-u user]\n            [command]\nusage: sudo [-AbEHknPS] [-r role] [-t type] [-C num] [-D directory] [-g group]\n            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]\n            [VAR=value] [-i|-s] [<command>]\nusage: sudo -e [-AknS] [-r role] [-t type] [-C num] [-D directory] [-g group]\n            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n";

// The same as sudoedit prints it.
export const editUsage = "usage: sudoedit [-AknS] [-r role] [-t type] [-C num] [-D directory] [-g group]\n                [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]\n                file ...\n";
