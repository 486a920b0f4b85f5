// `ldd --help` and `--version` of glibc 2.34 (elf/ldd.bash.in at tag glibc-2.34): echo's text with its newline, then
// the bug-report line with configure.ac's default REPORT_BUGS_TO; the version with the default PKGVERSION.
export const help =
  'Usage: ldd [OPTION]... FILE...\n      --help              print this help and exit\n      --version           print version information and exit\n  -d, --data-relocs       process data relocations\n  -r, --function-relocs   process data and function relocations\n  -u, --unused            print unused direct dependencies\n  -v, --verbose           print all information\n\nFor bug reporting instructions, please see:\n<https://www.gnu.org/software/libc/bugs.html>.\n';

export const version =
  'ldd (GNU libc) 2.34\nCopyright (C) 2021 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\nWritten by Roland McGrath and Ulrich Drepper.\n';
