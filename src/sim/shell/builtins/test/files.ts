// test's file primaries as bash 5.1's test.c answers them (unary_test, filecomp): each is a stat(2) of the path,
// links followed, and a look at what it gives; a path that cannot be looked up makes the test false.
import type { CommandContext } from '../../../context';
import { statInfo, type StatInfo } from '../../../commands/lib/inode';

/** stat(2) of a path: null when it fails (no such file, a loop, a directory in the way). */
export function statPath(ctx: CommandContext, arg: string): StatInfo | null {
  if (arg === '') return null;
  const found = ctx.host.fs.lookup(ctx.resolve(arg));
  if (typeof found === 'string') return null;
  return statInfo(ctx.host, found.node, found.path);
}

const S_IFMT = 0o170000;

/** The ids the shell runs with (current_user.euid / egid). */
function ids(ctx: CommandContext): { uid: number; gid: number } {
  const u = ctx.host.users.get(ctx.frame.user);
  return { uid: u?.uid ?? 0, gid: u?.gid ?? 0 };
}

/** -t FD: whether the descriptor is the terminal (isatty). */
function isatty(ctx: CommandContext, fd: number): boolean {
  const terminal = ctx.session.jobs !== undefined;
  if (fd === 0) return terminal && ctx.stdin === null;
  if (fd === 1) return ctx.tty;
  if (fd === 2) return terminal;
  return false;
}

/** The unary file primaries test.c's unary_test has besides -e -f -d -h -r -w -x -s; undefined for another. */
export function fileUnary(ctx: CommandContext, op: string, arg: string): boolean | undefined {
  if (op === '-t') {
    // legal_number: optional blanks and sign, decimal digits
    const m = /^\s*([-+]?\d+)\s*$/.exec(arg);
    if (!m) return false;
    const fd = Number(m[1]);
    return Number.isSafeInteger(fd) && fd >= 0 && fd <= 0x7fffffff && isatty(ctx, fd);
  }
  const st = () => statPath(ctx, arg);
  const type = (bits: number) => {
    const s = st();
    return !!s && (s.mode & S_IFMT) === bits;
  };
  switch (op) {
    case '-a':
      return !!st();
    case '-p':
      return type(0o010000);
    case '-c':
      return type(0o020000);
    case '-b':
      return type(0o060000);
    case '-S':
      return type(0o140000);
    case '-u':
      return ((st()?.mode ?? 0) & 0o4000) !== 0;
    case '-g':
      return ((st()?.mode ?? 0) & 0o2000) !== 0;
    case '-k':
      return ((st()?.mode ?? 0) & 0o1000) !== 0;
    case '-O': {
      const s = st();
      return !!s && s.uid === ids(ctx).uid;
    }
    case '-G': {
      const s = st();
      return !!s && s.gid === ids(ctx).gid;
    }
    case '-N': {
      // modified since it was last read: mtime later than atime (5.1 compares the timespecs)
      const s = st();
      return !!s && s.mtime > s.atime;
    }
    default:
      return undefined;
  }
}

/** -nt, -ot, -ef (filecomp): a file that is missing is older than one that exists; -ef needs both. */
export function fileCompare(ctx: CommandContext, x: string, op: string, y: string): boolean {
  const a = statPath(ctx, x);
  const b = statPath(ctx, y);
  if (op === '-ef') return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
  const r1 = a ? 0 : -1;
  const r2 = b ? 0 : -1;
  if (op === '-ot') return r1 < r2 || (!!a && !!b && a.mtime < b.mtime);
  return r1 > r2 || (!!a && !!b && a.mtime > b.mtime);
}
