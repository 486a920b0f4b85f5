// The environment sudo 1.9.5p2 gives a command under the box's /etc/sudoers (plugins/sudoers/env.c rebuild_env with
// env_reset): the invoking environment's variables that env_check (its built-in table: values without / or %) or
// env_keep (the sudoers list, which replaces the built-in one) lets through, in their order; then MAIL, PATH
// (secure_path), LOGNAME and USER, HOME (always_set_home), SHELL, TERM when missing, and SUDO_COMMAND, SUDO_USER,
// SUDO_UID and SUDO_GID, each added at the end unless it is already there.
import type { Host } from '../../types';
import { binDir } from '../lib/paths';

/** env.c initial_checkenv_table. */
const CHECK = ['COLORTERM', 'LANG', 'LANGUAGE', 'LC_*', 'LINGUAS', 'TERM', 'TZ'];

/** The env_keep lines of sudo-1.9.5p2 el9's /etc/sudoers (`=` then four `+=`). */
const KEEP = [
  'COLORS DISPLAY HOSTNAME HISTSIZE KDEDIR LS_COLORS',
  'MAIL PS1 PS2 QTDIR USERNAME LANG LC_ADDRESS LC_CTYPE',
  'LC_COLLATE LC_IDENTIFICATION LC_MEASUREMENT LC_MESSAGES',
  'LC_MONETARY LC_NAME LC_NUMERIC LC_PAPER LC_TELEPHONE',
  'LC_TIME LC_ALL LANGUAGE LINGUAS _XKB_CHARSET XAUTHORITY',
]
  .join(' ')
  .split(' ');

/** env.c initial_badenv_table (the Linux entries): env_delete, what -E still leaves out. */
const BAD = [
  'IFS', 'CDPATH', 'LOCALDOMAIN', 'RES_OPTIONS', 'HOSTALIASES', 'NLSPATH', 'PATH_LOCALE', 'LD_*', '_RLD*', 'TERMINFO', 'TERMINFO_DIRS',
  'TERMPATH', 'TERMCAP', 'ENV', 'BASH_ENV', 'PS4', 'GLOBIGNORE', 'BASHOPTS', 'SHELLOPTS', 'JAVA_TOOL_OPTIONS', 'PERLIO_DEBUG', 'PERLLIB',
  'PERL5LIB', 'PERL5OPT', 'PERL5DB', 'FPATH', 'NULLCMD', 'READNULLCMD', 'ZDOTDIR', 'TMPPREFIX', 'PYTHONHOME', 'PYTHONPATH',
  'PYTHONINSPECT', 'PYTHONUSERBASE', 'RUBYLIB', 'RUBYOPT',
];

/** The sudoers secure_path. */
export const SECURE_PATH = '/sbin:/bin:/usr/sbin:/usr/bin';

/** matches_env_pattern: a name, or a prefix ending in *. */
const matches = (list: string[], name: string) => list.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : p === name));

/** env_should_keep: env_check decides for its names (TZ aside), env_keep for the rest; bash functions never pass. */
function shouldKeep(name: string, value: string, shellMode: boolean): boolean {
  let keep: boolean;
  if (matches(CHECK, name)) keep = !/[/%]/.test(value);
  else if (shellMode && name === 'SHELL') keep = true;
  // LOGNAME and USER go together: kept if either is listed
  else if (name === 'LOGNAME' || name === 'USER') keep = matches(KEEP, 'LOGNAME') || matches(KEEP, 'USER');
  else keep = matches(KEEP, name);
  return keep && !value.startsWith('() ');
}

/** The path sudo finds a command at: the first secure_path directory holding it (/sbin or /bin on the merged /usr). */
export function sudoCommandPath(name: string): string {
  if (name.includes('/')) return name;
  return binDir(name) === '/usr/sbin' ? `/sbin/${name}` : `/bin/${name}`;
}

/** The -c command sudo makes for -i and -s (parse_args.c): each argument's characters but letters, digits, _, - and $ escaped. */
export function shellCommand(args: string[]): string {
  return args.map((a) => a.replace(/[^A-Za-z0-9_\-$]/g, (c) => '\\' + c)).join(' ');
}

/**
 * rebuild_env for `user` running `cmnd` (with `args`) from the environment `from` ([name, value] in the order the
 * invoking shell passes it): login (-i) sets SHELL, LOGNAME, USER and MAIL of the target user; shell (-s) keeps SHELL.
 */
export function sudoEnv(
  host: Host,
  invoker: string,
  user: string,
  from: [string, string][],
  cmnd: string,
  args: string[],
  mode: { login?: boolean; shell?: boolean; preserve?: boolean; add?: [string, string][] } = {},
): [string, string][] {
  const out: [string, string][] = [];
  const done = () => {
    // insert_env_vars: what --preserve-env=list names, replacing in place or added last
    for (const [n, v] of mode.add ?? []) put(n, v, true, true);
    return out;
  };
  const at = (n: string) => out.findIndex(([k]) => k === n);
  /** sudo_putenv / sudo_setenv2: replace in place when `dupcheck` finds it and `overwrite`, else add at the end. */
  const put = (n: string, v: string, dupcheck: boolean, overwrite: boolean) => {
    const i = dupcheck ? at(n) : -1;
    if (i >= 0) {
      if (overwrite) out[i] = [n, v];
    } else out.push([n, v]);
  };
  const target = host.users.get(user);
  const me = host.users.get(invoker);
  const did = new Set<string>();
  if (mode.preserve && !mode.login) {
    // -E with setenv (a rule for ALL grants it): no env_reset; env_delete's names, the bash functions ("*=()*")
    // and env_check's values with / or % are dropped; LOGNAME, USER and HOME are set in place
    for (const [n, v] of from) {
      // (the `_` bash passes, /usr/bin/sudo, is not modelled: the command's own `_` would show in its place)
      if (n === '_' || matches(BAD, n) || `${n}=${v}`.includes('=()') || (matches(CHECK, n) && /[/%]/.test(v))) continue;
      put(n, v, true, false);
      if (n === 'SHELL' || n === 'TERM') did.add(n);
    }
    put('PATH', SECURE_PATH, true, true);
    put('LOGNAME', user, true, true);
    put('USER', user, true, true);
    put('HOME', target?.home ?? '/', true, true);
    if (!did.has('SHELL')) put('SHELL', target?.shell ?? '/bin/bash', false, false);
    if (!did.has('TERM')) put('TERM', 'unknown', false, false);
    put('SUDO_COMMAND', args.length ? `${cmnd} ${args.join(' ')}` : cmnd, true, true);
    put('SUDO_USER', invoker, true, true);
    put('SUDO_UID', String(me?.uid ?? 0), true, true);
    put('SUDO_GID', String(me?.gid ?? 0), true, true);
    return done();
  }
  for (const [n, v] of from) {
    if (!shouldKeep(n, v, !!mode.shell)) continue;
    put(n, v, true, false);
    did.add(n);
  }
  if (mode.login) {
    put('SHELL', target?.shell ?? '/bin/bash', did.has('SHELL'), true);
    put('LOGNAME', user, did.has('LOGNAME'), true);
    put('USER', user, did.has('USER'), true);
  }
  // MAIL: the target's in -i mode or when the invoker's was not kept (_PATH_MAILDIR /var/spool/mail)
  if (mode.login || !did.has('MAIL')) put('MAIL', `/var/spool/mail/${user}`, did.has('MAIL'), true);
  put('PATH', SECURE_PATH, true, true);
  did.add('PATH');
  if (!mode.login && !did.has('LOGNAME') && !did.has('USER')) {
    put('LOGNAME', user, true, true);
    put('USER', user, true, true);
  }
  put('HOME', target?.home ?? '/', true, true);
  if (!did.has('SHELL')) put('SHELL', target?.shell ?? '/bin/bash', false, false);
  if (!did.has('TERM')) put('TERM', 'unknown', false, false);
  put('SUDO_COMMAND', args.length ? `${cmnd} ${args.join(' ')}`.slice(0, cmnd.length + 1 + 4096) : cmnd, true, true);
  put('SUDO_USER', invoker, true, true);
  put('SUDO_UID', String(me?.uid ?? 0), true, true);
  put('SUDO_GID', String(me?.gid ?? 0), true, true);
  return done();
}
