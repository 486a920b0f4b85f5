// `locale --help`, `--usage` and `--version` of glibc 2.34 (Rocky 9.5), as argp prints them for
// locale/programs/locale.c: recorded from the host's glibc 2.36, whose locale.c differs from 2.34's only in its
// copyright years, with configure.ac's default REPORT_BUGS_TO and PKGVERSION ("GNU libc") and 2.34's year.
export const help = "Usage: locale [OPTION...] NAME\n  or:  locale [OPTION...] [-a|-m]\nGet locale-specific information.\n\n System information:\n  -a, --all-locales          Write names of available locales\n  -m, --charmaps             Write names of available charmaps\n\n Modify output format:\n  -c, --category-name        Write names of selected categories\n  -k, --keyword-name         Write names of selected keywords\n  -v, --verbose              Print more information\n\n  -?, --help                 Give this help list\n      --usage                Give a short usage message\n  -V, --version              Print program version\n\nFor bug reporting instructions, please see:\n<https://www.gnu.org/software/libc/bugs.html>.\n";

export const usage = "Usage: locale [-ckv?V] [--category-name] [--keyword-name] [--verbose] [--help]\n            [--usage] [--version] NAME\n  or:  locale [OPTION...] [-a|-m]\n";

export const version = "locale (GNU libc) 2.34\nCopyright (C) 2021 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\nWritten by Ulrich Drepper.\n";
