// `which --help` and `--version` of GNU which 2.21 (which.c print_usage() and print_version(); the usage line
// names argv[0] as typed: `/usr/bin/which` when the login shell's which function runs it).
export const usage = (progname: string) =>
  `Usage: ${progname} [options] [--] COMMAND [...]\n` +
  'Write the full path of COMMAND(s) to standard output.\n\n' +
  '  --version, -[vV] Print version and exit successfully.\n' +
  '  --help,          Print this help and exit successfully.\n' +
  '  --skip-dot       Skip directories in PATH that start with a dot.\n' +
  '  --skip-tilde     Skip directories in PATH that start with a tilde.\n' +
  "  --show-dot       Don't expand a dot to current directory in output.\n" +
  '  --show-tilde     Output a tilde for HOME directory for non-root.\n' +
  '  --tty-only       Stop processing options on the right if not on tty.\n' +
  '  --all, -a        Print all matches in PATH, not just the first\n' +
  '  --read-alias, -i Read list of aliases from stdin.\n' +
  "  --skip-alias     Ignore option --read-alias; don't read stdin.\n" +
  '  --read-functions Read shell functions from stdin.\n' +
  "  --skip-functions Ignore option --read-functions; don't read stdin.\n\n" +
  'Recommended use is to write the output of (alias; declare -f) to standard\n' +
  'input, so that which can show aliases and shell functions. See which(1) for\n' +
  'examples.\n\n' +
  'If the options --read-alias and/or --read-functions are specified then the\n' +
  'output can be a full alias or function definition, optionally followed by\n' +
  'the full path of each command used inside of those.\n\n' +
  'Report bugs to <which-bugs@gnu.org>.\n';

export const version =
  'GNU which v2.21, Copyright (C) 1999 - 2015 Carlo Wood.\n' +
  'GNU which comes with ABSOLUTELY NO WARRANTY;\n' +
  'This program is free software; your freedom to use, change\n' +
  'and distribute this program is protected by the GPL.\n';
