// usage(1, 0, 0) of lsof 4.94.0 (usage.c) as Rocky's build prints it: the Linux dialect's machine.h (HASTASKS,
// HASPPID, HASTCPUDPSTATE, HASXOPT without HASXOPT_ROOT, HASEOPT, HASFSTRUCT with HASNOFSADDR, HASNOFSCOUNT and
// HASNOFSNADDR, HASEPTOPTS, HASMNTSUP, no HASDCACHE, no HASNCACHE), <rpc/rpc.h> found through libtirpc (so +|-M),
// and HASSELINUX (lsof.spec builds against libselinux: [-Z [Z]] while SELinux is enabled). Versions and URLs are
// lsof.h's LSOF_REPO_URL / LSOF_FAQ_URL / LSOF_MAN_URL and the `version` file (4.94.0).
export function shortUsage(selinux: boolean): string {
  return (
    'lsof 4.94.0\n' +
    ' latest revision: https://github.com/lsof-org/lsof\n' +
    ' latest FAQ: https://github.com/lsof-org/lsof/blob/master/00FAQ\n' +
    ' latest (non-formatted) man page: https://github.com/lsof-org/lsof/blob/master/Lsof.8\n' +
    ' usage: [-?abhKlnNoOPRtUvVX] [+|-c c] [+|-d s] [+D D] [+|-E] [+|-e s] [+|-f[gG]]\n' +
    ' [-F [f]] [-g [s]] [-i [i]] [+|-L [l]] [+m [m]] [+|-M] [-o [o]] [-p s]\n' +
    ' [+|-r [t]] [-s [p:s]] [-S [t]] [-T [t]] [-u s] [+|-w] [-x [fl]]' +
    (selinux ? ' [-Z [Z]]' : '') +
    ' [--] [names]\n' +
    "Use the ``-h'' option to get more help information.\n"
  );
}

/** The first lines of -v (usage.c); the build's own lines after them (constructed, compiler, flags) are left out. */
export const VERSION_LINES =
  'lsof version information:\n' +
  '    revision: 4.94.0\n' +
  '    latest revision: https://github.com/lsof-org/lsof\n' +
  '    latest FAQ: https://github.com/lsof-org/lsof/blob/master/00FAQ\n' +
  '    latest (non-formatted) man page: https://github.com/lsof-org/lsof/blob/master/Lsof.8\n';
