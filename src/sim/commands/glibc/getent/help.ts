// `getent --help`, `--usage` and `--version` of glibc 2.34 (Rocky 9.5's glibc-common), as argp prints them for
// nss/getent.c at tag glibc-2.34: its two options (-s, -i; Debian's -A is a Debian patch), argp's own -?, --usage
// and -V, more_help()'s database list (72 columns) and configure.ac's default REPORT_BUGS_TO; print_version().
export const help = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups
netgroup networks passwd protocols rpc services shadow

For bug reporting instructions, please see:
<https://www.gnu.org/software/libc/bugs.html>.
`;

export const usage = `Usage: getent [-i?V] [-s CONFIG] [--no-idn] [--service=CONFIG] [--help]
            [--usage] [--version] database [key ...]
`;

export const version = `getent (GNU libc) 2.34
Copyright (C) 2021 Free Software Foundation, Inc.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
Written by Thorsten Kukuk.
`;
