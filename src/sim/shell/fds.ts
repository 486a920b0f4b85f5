// Descriptors past 2, as redir.c opens, copies and closes them: `6>file`, `6<file`, `6<>file`, `{name}>file`
// (the lowest free number from 10, SHELL_FD_BASE), `>&6`, `<&6`, `6>&-`, `/dev/fd/N`; `exec` keeps them.
import type { Frame, OpenFd } from '../context';
import type { Redir } from './ast';
import type { Runtime, IO } from './runtime';
import type { Yield } from '../types';
import { canRead } from '../util';
import { strerror } from '../fs';
import { writeProcSys, writeTarget } from './redirect';
import { expandHeredoc, expandWord } from './expand';
import { errPrefix } from './signals';
import { assign } from './vars';

/** Standard input, output and error while a command's redirections are applied, and the other descriptors. */
export interface FdState {
  out: (t: string) => void;
  err: (t: string) => void;
  tty: boolean;
  input: string | null;
  /** standard input is this regular file (`< file`): commands that fstat it see its size */
  inputPath?: string;
  /** input read through a descriptor (`<&6`): what is read moves its offset */
  shared?: { text: string; pos: number };
  fdt: Record<number, OpenFd>;
  /** something was written where nothing may be written (`>&-`, a descriptor opened for reading; /dev/full) */
  bad: { hit: boolean; nospace?: boolean };
}

/** The redirections this module applies (the others are standard input, output and error to files). */
export const isFdRedir = (r: Redir): boolean =>
  r.fd !== undefined || !!r.varFd || r.op === '>&' || r.op === '<&' || r.op === '<>' || (!!r.target && /^\/dev\/(fd\/\d+|stdin|stdout|stderr)$/.test(r.target.raw));

const SHELL_FD_BASE = 10;

function fileWriter(rt: Runtime, frame: Frame, path: string): (t: string) => void {
  const host = rt.world.host(frame.hostId);
  return (t) => {
    if (path === '/dev/null' || !t) return;
    if (writeProcSys(host, frame.user, path, t) === null) host.fs.write(path, t, true);
  };
}

/** What writes into descriptor `n` (null: not open). */
function writerOf(st: FdState, n: number, rt: Runtime, frame: Frame): ((t: string) => void) | null {
  if (n === 1) return st.out;
  if (n === 2) return st.err;
  const f = n === 0 ? undefined : st.fdt[n];
  if (n === 0) return badWriter(st);
  if (!f) return null;
  if (!f.write) return badWriter(st);
  return f.out ?? (f.path ? fileWriter(rt, frame, f.path) : () => {});
}

const badWriter = (st: FdState) => (t: string) => {
  if (t) st.bad.hit = true;
};

/** A descriptor as an entry of the table (for copies into numbers past 2). */
function entryOf(st: FdState, n: number): OpenFd | null {
  if (n === 0) return { read: true, write: false, input: st.shared ?? { text: st.input ?? '', pos: 0 } };
  if (n === 1) return { read: false, write: true, out: st.out };
  if (n === 2) return { read: false, write: true, out: st.err };
  return st.fdt[n] ?? null;
}

/** Apply one descriptor redirection to `st`; a number is the status of a failed one (its message printed). */
export function* applyFd(rt: Runtime, frame: Frame, r: Redir, st: FdState, io: IO): Generator<Yield, number | null, unknown> {
  const host = rt.world.host(frame.hostId);
  const fail = (msg: string) => {
    io.err(`${errPrefix(frame)}${msg}\n`);
    return 1;
  };
  if (r.heredoc) {
    // `3<<EOF`: the document read through descriptor 3
    const text = r.heredoc.quoted ? r.heredoc.body : yield* expandHeredoc(rt, frame, r.heredoc.body);
    st.fdt = { ...st.fdt, [r.fd ?? 0]: { read: true, write: false, input: { text, pos: 0 } } };
    return null;
  }
  const input = r.op === '<' || r.op === '<&' || r.op === '<>';
  let target = r.target ? (yield* expandWord(rt, frame, r.target)).join(' ') : '';
  if (r.op === '<<<') {
    st.fdt = { ...st.fdt, [r.fd ?? 0]: { read: true, write: false, input: { text: target + '\n', pos: 0 } } };
    return null;
  }
  let op = r.op;
  const dev = /^\/dev\/(?:fd\/(\d+)|(stdin|stdout|stderr))$/.exec(target);
  if (dev && (op === '>' || op === '>>' || op === '<')) {
    target = dev[1] ?? String(['stdin', 'stdout', 'stderr'].indexOf(dev[2]));
    op = op === '<' ? '<&' : '>&';
  }
  let n = r.fd ?? (input ? 0 : 1);
  if (r.varFd) {
    if ((op === '>&' || op === '<&') && target === '-') {
      const v = frame.env[r.varFd] ?? '';
      if (!/^\d+$/.test(v)) return fail(`${v}: ambiguous redirect`);
      n = Number(v);
    } else {
      n = SHELL_FD_BASE;
      while (st.fdt[n]) n++;
      assign(frame, r.varFd, String(n));
    }
  }
  const setOut = (w: (t: string) => void, tty: boolean) => {
    if (n === 1) {
      st.out = w;
      st.tty = tty;
    } else st.err = w;
  };
  if (op === '>&' || op === '<&') {
    if (target === '-') {
      if (n === 0) st.input = '';
      else if (n === 1 || n === 2) setOut(badWriter(st), false);
      else {
        st.fdt = { ...st.fdt };
        delete st.fdt[n];
      }
      return null;
    }
    if (!/^\d+$/.test(target)) {
      // `>&word` (no number) is `&>word`
      if (op === '>&' && r.fd === undefined && !r.varFd) return yield* openFile(target, '>', 1, true);
      return fail(`${target}: ambiguous redirect`);
    }
    const m = Number(target);
    const src = m > 2 ? st.fdt[m] : undefined;
    if (m > 2 && !src) return fail(`${m}: Bad file descriptor`);
    if (n === 0) {
      if (m === 0) return null;
      const e = entryOf(st, m)!;
      if (!e.read || !e.input) st.input = '';
      else {
        st.shared = e.input;
        st.input = e.input.text.slice(e.input.pos);
      }
      return null;
    }
    if (n === 1 || n === 2) {
      setOut(writerOf(st, m, rt, frame)!, m === 1 ? st.tty : false);
      return null;
    }
    st.fdt = { ...st.fdt, [n]: m > 2 ? src! : entryOf(st, m)! };
    return null;
  }
  return yield* openFile(target, op, n, false);

  function* openFile(t: string, how: string, fd: number, both: boolean): Generator<Yield, number | null, unknown> {
    const path = t === '/dev/null' ? '/dev/null' : host.fs.resolve(frame.cwd, t, host.users.get(frame.user)?.home);
    let entry: OpenFd;
    if (how === '<' || how === '<>') {
      let text = t === '/dev/null' ? '' : host.fs.read(path);
      if (text === 'ENOENT' && how === '<>' && host.fs.isDir(host.fs.dirname(path))) text = host.fs.write(path, '', true) ? 'ENOENT' : '';
      if (text === 'ENOENT' || text === 'EISDIR' || !canRead(frame.user, path)) return fail(`${t}: ${strerror(text === 'EISDIR' || text === 'ENOENT' ? text : 'EACCES')}`);
      entry = { path, read: true, write: how === '<>', input: { text, pos: 0 } };
    } else {
      const e = writeTarget(host, frame, t, '', how === '>>');
      if (e) {
        io.err(e.replace(/^-bash: /, errPrefix(frame)));
        return 1;
      }
      entry = { path, read: false, write: true };
    }
    if (both) {
      const w = fileWriter(rt, frame, path);
      st.out = st.err = w;
      st.tty = false;
    } else if (fd === 0) {
      st.input = entry.input?.text ?? '';
      st.shared = entry.input;
    } else if (fd === 1 || fd === 2) setOut(entry.write ? fileWriter(rt, frame, path) : badWriter(st), false);
    else st.fdt = { ...st.fdt, [fd]: entry };
    return null;
  }
}

/** `exec` with redirections only: the descriptors past 2 stay open in the shell (the others: see bash.ts). */
export function* execFds(rt: Runtime, frame: Frame, redirs: Redir[], io: IO): Generator<Yield, number, unknown> {
  const st: FdState = { out: io.out, err: io.err, tty: io.tty, input: null, fdt: frame.fdt ?? {}, bad: { hit: false } };
  for (const r of redirs) {
    const n = r.fd ?? (r.op === '<' || r.op === '<&' || r.op === '<>' ? 0 : 1);
    if (n <= 2 && !r.varFd) continue;
    const e = yield* applyFd(rt, frame, r, st, io);
    if (e !== null) return e;
  }
  frame.fdt = st.fdt;
  return 0;
}

/** `read -u N`: what descriptor N reads (null: not open for reading). */
export function readFd(frame: Frame, n: number): { text: string; pos: number } | null {
  const f = frame.fdt?.[n];
  return f?.read && f.input ? f.input : null;
}

/** `exec > file`, `exec 2> file` at the prompt: the session writes the shell's own output there from the next line. */
export function* execRedirect(rt: Runtime, frame: Frame, redirs: Redir[], io: IO): Generator<Yield, number, unknown> {
  const host = rt.world.host(frame.hostId);
  const fds = { ...frame.fds };
  for (const r of redirs) {
    if (r.op === '2>&1') fds.err = fds.out;
    else if (r.op === '>&2') fds.out = fds.err;
    else if (r.op === '>&' && r.target) {
      // `exec >&6`: where descriptor 6 writes
      const t = (yield* expandWord(rt, frame, r.target)).join(' ');
      const f = /^\d+$/.test(t) ? frame.fdt?.[Number(t)] : undefined;
      if (/^\d+$/.test(t) && Number(t) > 2 && !f) {
        io.err(`${errPrefix(frame)}${t}: Bad file descriptor\n`);
        return 1;
      }
      if (t === '2') fds.out = fds.err;
      else if (f) fds.out = f.out ? undefined : f.path;
    } else if (r.target && r.op !== '<' && r.op !== '<<' && r.op !== '<<-' && r.op !== '<<<') {
      const t = (yield* expandWord(rt, frame, r.target)).join(' ');
      const append = r.op === '>>' || r.op === '2>>' || r.op === '&>>';
      const e = t === '/dev/tty' ? null : writeTarget(host, frame, t, '', append);
      if (e) {
        io.err(e.replace(/^-bash: /, errPrefix(frame)));
        return 1;
      }
      const path = t === '/dev/tty' ? undefined : t === '/dev/null' ? '/dev/null' : host.fs.resolve(frame.cwd, t, host.users.get(frame.user)?.home);
      if (r.op === '&>' || r.op === '&>>') fds.out = fds.err = path;
      else if (r.op.startsWith('2')) fds.err = path;
      else fds.out = path;
    }
  }
  frame.fds = fds;
  return 0;
}
