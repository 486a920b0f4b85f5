// What the shadow-utils 4.9 tools share (src/*.c and libmisc/ of tag 4.9): the lock that only root gets
// (lib/commonio.c prints "Permission denied." for a non-root caller, then the tool its "cannot lock" line),
// Rocky's login.defs and /etc/default/useradd values, ID allocation (libmisc/find_new_uid.c, find_new_gid.c)
// and name checks (libmisc/chkname.c with Fedora's relaxed rule: upper case and dots allowed).
import type { CommandContext } from '../../context';
import type { Host, User } from '../../types';
import { findBash, isRoot } from '../lib/guest';
import { processes } from '../lib/procs';

/** Rocky 9's /etc/login.defs (shadow-utils' login.defs as the package ships it). */
export const DEFS = {
  UID_MIN: 1000, UID_MAX: 60000, SYS_UID_MIN: 201, SYS_UID_MAX: 999,
  GID_MIN: 1000, GID_MAX: 60000, SYS_GID_MIN: 201, SYS_GID_MAX: 999,
  MAIL_DIR: '/var/spool/mail', HOME_MODE: 0o700, SUB_ID_MIN: 100000, SUB_ID_COUNT: 65536,
};

/** Rocky 9's /etc/default/useradd. */
export const USERADD_DEFAULTS = 'GROUP=100\nHOME=/home\nINACTIVE=-1\nEXPIRE=\nSHELL=/bin/bash\nSKEL=/etc/skel\nCREATE_MAIL_SPOOL=yes\n';

/**
 * The first lock a tool takes: root gets it; anyone else reads commonio's "Permission denied." and the tool's
 * "cannot lock" line, and the tool exits with `status`. Returns the exit status, or null when locked.
 */
export function lockFor(ctx: CommandContext, prog: string, file: string, status: number): number | null {
  if (isRoot(ctx)) return null;
  ctx.err(`${prog}: Permission denied.\n${prog}: cannot lock ${file}; try again later.\n`);
  return status;
}

/** usage(E_USAGE): the tool's help on stderr, exit 2. */
export function* usageError(ctx: CommandContext, help: () => Promise<{ help: string }>): Generator<{ load: () => Promise<unknown> }, number, unknown> {
  const m = (yield { load: help }) as { help: string };
  ctx.err(m.help);
  return 2;
}

/** is_valid_user_name / is_valid_group_name with Fedora's rule: [A-Za-z_.][A-Za-z0-9_.-]*$?, not all digits, at most 32. */
export function validName(name: string, user: boolean): boolean {
  if (name === '' || name === '.' || name === '..' || name.length > 32 || /^\d+$/.test(name)) return false;
  return user ? /^[A-Za-z_.][A-Za-z0-9_.-]*\$?$/.test(name) : /^[A-Za-z_.][A-Za-z0-9_.-]*$/.test(name);
}

/** find_new_uid: above the highest UID in use in [UID_MIN, UID_MAX]; system accounts from SYS_UID_MAX down. */
export function newUid(host: Host, system: boolean): number {
  const used = new Set([...host.users.values()].map((u) => u.uid));
  return pick(used, system ? DEFS.SYS_UID_MIN : DEFS.UID_MIN, system ? DEFS.SYS_UID_MAX : DEFS.UID_MAX, system);
}

/** find_new_gid: the preferred ID (the new user's UID) when it is free and in range, else as find_new_uid. */
export function newGid(host: Host, system: boolean, preferred?: number): number {
  const used = new Set([...(host.groups?.values() ?? [])].map((g) => g.gid));
  const [min, max] = system ? [DEFS.SYS_GID_MIN, DEFS.SYS_GID_MAX] : [DEFS.GID_MIN, DEFS.GID_MAX];
  if (preferred !== undefined && preferred >= min && preferred <= max && !used.has(preferred)) return preferred;
  return pick(used, min, max, system);
}

function pick(used: Set<number>, min: number, max: number, down: boolean): number {
  if (down) {
    for (let id = max; id >= min; id--) if (!used.has(id)) return id;
    return -1;
  }
  const inRange = [...used].filter((n) => n >= min && n <= max);
  const next = inRange.length ? Math.max(...inRange) + 1 : min;
  if (next <= max) return next;
  for (let id = min; id <= max; id++) if (!used.has(id)) return id;
  return -1;
}

/** /etc/subuid and /etc/subgid: a new user's range after the last one given (find_new_sub_uids). */
export function addSubIds(host: Host, name: string): void {
  for (const file of ['/etc/subuid', '/etc/subgid']) {
    const r = host.fs.readFile(file);
    if (!r.ok) continue;
    const rows = r.text.split('\n').filter(Boolean).map((l) => l.split(':'));
    const start = rows.reduce((m, [, s, c]) => Math.max(m, Number(s) + Number(c)), DEFS.SUB_ID_MIN);
    host.fs.write(file, `${r.text}${name}:${start}:${DEFS.SUB_ID_COUNT}\n`);
  }
}

export function removeSubIds(host: Host, name: string): void {
  for (const file of ['/etc/subuid', '/etc/subgid']) {
    const r = host.fs.readFile(file);
    if (r.ok) host.fs.write(file, r.text.split('\n').filter((l) => l && !l.startsWith(name + ':')).map((l) => l + '\n').join(''));
  }
}

/** The shell a user's password file line names: a warning when it is missing or not executable (useradd -s, usermod -s). */
export function shellWarning(ctx: CommandContext, prog: string, shell: string): void {
  if (shell === '' || shell.startsWith('*') || shell === '/sbin/nologin') return;
  const n = ctx.host.fs.lookup(shell);
  if (typeof n !== 'string' && n.node.type === 'file' && (n.node.mode & 0o111) !== 0) return;
  // the model keeps the installed commands as names, not files: /bin/bash is there when bash is a command
  const m = /^\/(?:usr\/)?s?bin\/([^/]+)$/.exec(shell);
  if (m && (['bash', 'sh', 'nologin', 'false', 'true', 'sync', 'halt', 'shutdown'].includes(m[1]) || findBash(m[1]))) return;
  ctx.err(`${prog}: Warning: missing or non-executable shell '${shell}'\n`);
}

/** user_busy: the first process (by PID, as /proc lists them) the user runs, or null. */
export function busyPid(ctx: CommandContext, u: User): number | null {
  const mine = processes(ctx).filter((p) => p.user === u.name).map((p) => p.pid);
  return mine.length ? Math.min(...mine) : null;
}
