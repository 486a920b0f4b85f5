// `iconv --help`, `--usage` and `--version` of glibc 2.34 (Rocky 9.5), as argp prints them for iconv/iconv_prog.c:
// recorded from the host's glibc 2.36, whose iconv_prog.c differs from 2.34's only in its copyright years, with
// configure.ac's default REPORT_BUGS_TO and PKGVERSION ("GNU libc") and 2.34's print_version() year.
export const help = "Usage: iconv [OPTION...] [FILE...]\nConvert encoding of given files from one encoding to another.\n\n Input/Output format specification:\n  -f, --from-code=NAME       encoding of original text\n  -t, --to-code=NAME         encoding for output\n\n Information:\n  -l, --list                 list all known coded character sets\n\n Output control:\n  -c                         omit invalid characters from output\n  -o, --output=FILE          output file\n  -s, --silent               suppress warnings\n      --verbose              print progress information\n\n  -?, --help                 Give this help list\n      --usage                Give a short usage message\n  -V, --version              Print program version\n\nMandatory or optional arguments to long options are also mandatory or optional\nfor any corresponding short options.\n\nFor bug reporting instructions, please see:\n<https://www.gnu.org/software/libc/bugs.html>.\n";

export const usage = "Usage: iconv [-lcs?V] [-f NAME] [-t NAME] [-o FILE] [--from-code=NAME]\n            [--to-code=NAME] [--list] [--output=FILE] [--silent] [--verbose]\n            [--help] [--usage] [--version] [FILE...]\n";

export const version = "iconv (GNU libc) 2.34\nCopyright (C) 2021 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\nWritten by Ulrich Drepper.\n";

/** ARGP_HELP_SEE after an unsupported encoding and argp's errors. */
export const TRY = "Try `iconv --help' or `iconv --usage' for more information.\n";
