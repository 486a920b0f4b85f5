// Applying a command's redirections: here-documents and here-strings, files read and written, 2>&1 and >&2.
import type { Frame } from '../context';
import type { Yield } from '../types';
import type { Redir } from './ast';
import { canRead } from '../util';
import { strerror, type FsNode } from '../fs';
import { expandHeredoc, expandWord } from './expand';
import { writeProcSys, writeTarget } from './redirect';
import { errPrefix } from './signals';
import type { IO, Runtime } from './runtime';
import type { OpenFd } from '../context';
import { applyFd, isFdRedir, type FdState } from './fds';
import { deviceOf } from '../commands/lib/devfs/stream';
import { closeWrite, isFifo, openWrite, readAll } from '../commands/lib/fifo';

export interface Redirected {
  out: (t: string) => void;
  err: (t: string) => void;
  tty: boolean;
  input: string | null;
  /** standard input is this regular file (`< file`) */
  inputPath?: string;
  flush: () => void;
  /** input read through a descriptor (`<&6`) */
  shared?: { text: string; pos: number };
  /** the descriptors past 2 the command sees */
  fdt: Record<number, OpenFd>;
  /** something was written to a closed descriptor or one open for reading (or to /dev/full: `nospace`) */
  bad: { hit: boolean; nospace?: boolean };
}

/** Apply redirections; a number is the status of a failed one (its message printed). */
export function* redirect(rt: Runtime, frame: Frame, redirs: Redir[], io: IO, stdin: string | null): Generator<Yield, Redirected | number, unknown> {
  const host = rt.world.host(frame.hostId);
  const st: FdState = { out: io.out, err: io.err, tty: io.tty, input: stdin, fdt: frame.fdt ?? {}, bad: { hit: false } };
  const files: { path: string; append: boolean; buf: string[] }[] = [];
  /** FIFOs opened to write, closed when the command ends (flush). */
  const fifos: FsNode[] = [];
  for (const r of redirs) {
    if (r.heredoc && (r.fd ?? 0) > 2) {
      const e = yield* applyFd(rt, frame, r, st, io);
      if (e !== null) return e;
      continue;
    }
    if (r.heredoc) {
      let body = r.heredoc.body;
      if (!r.heredoc.quoted) body = yield* expandHeredoc(rt, frame, body);
      st.input = body;
      st.inputPath = undefined;
      st.shared = undefined;
      continue;
    }
    if (r.op === '2>&1') {
      st.err = st.out;
      continue;
    }
    if (r.op === '>&2') {
      st.out = st.err;
      continue;
    }
    if (isFdRedir(r)) {
      const e = yield* applyFd(rt, frame, r, st, io);
      if (e !== null) return e;
      continue;
    }
    const target = (yield* expandWord(rt, frame, r.target!)).join(' ');
    if (r.op === '<<<') {
      st.input = target + '\n';
      st.inputPath = undefined;
      st.shared = undefined;
      continue;
    }
    if (r.op === '<') {
      // /dev/null reads as empty (on a machine without devfs too)
      st.shared = undefined;
      if (target === '/dev/null' && !host.fs.mountOf('/dev')) {
        st.input = '';
        st.inputPath = undefined;
        continue;
      }
      const p = host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home);
      // a FIFO: what its writers write, once they have closed it
      const fifo = host.fs.get(p);
      if (isFifo(fifo) && canRead(frame.user, p)) {
        st.input = yield* readAll(fifo);
        st.inputPath = undefined;
        continue;
      }
      const content = host.fs.read(p);
      if (content === 'ENOENT' || content === 'EISDIR' || !canRead(frame.user, p)) {
        io.err(`${errPrefix(frame)}${target}: ${strerror(content === 'EISDIR' || content === 'ENOENT' ? content : 'EACCES')}\n`);
        return 1;
      }
      st.input = content;
      st.inputPath = p;
      continue;
    }
    const append = r.op === '>>' || r.op === '2>>' || r.op === '&>>';
    const node = host.fs.get(host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home));
    // noclobber (set -C): redir.c refuses to truncate an existing regular file unless the operator is >|
    if (!append && !r.force && frame.options?.has('noclobber') && node?.type === 'file' && node.rdev === undefined && !isFifo(node)) {
      io.err(`${errPrefix(frame)}${target}: cannot overwrite existing file\n`);
      return 1;
    }
    // a FIFO opened to write waits for a reader; what is written goes to it when the command ends
    const e = isFifo(node) ? null : writeTarget(host, frame, target, '', append);
    if (isFifo(node)) {
      yield* openWrite(node);
      fifos.push(node);
    }
    if (e) {
      io.err(e.replace(/^-bash: /, errPrefix(frame)));
      return 1;
    }
    const f = { path: host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home), append, buf: [] as string[] };
    files.push(f);
    // /dev/full opens, and every write to it fails with ENOSPC
    const full = deviceOf(host.fs.get(f.path))?.kind === 'full';
    const sink = full ? (t: string) => t && Object.assign(st.bad, { hit: true, nospace: true }) : (t: string) => f.buf.push(t);
    if (r.op === '&>' || r.op === '&>>') {
      st.out = sink;
      st.err = sink;
    } else if (r.op.startsWith('2')) st.err = sink;
    else st.out = sink;
    if (!r.op.startsWith('2')) st.tty = false;
  }
  const flush = () => {
    for (const f of files) {
      if (!f.buf.length) continue;
      if (writeProcSys(host, frame.user, f.path, f.buf.join('')) === null) host.fs.write(f.path, f.buf.join(''), true);
      f.buf.length = 0;
    }
    for (const n of fifos.splice(0)) closeWrite(n);
  };
  return { out: st.out, err: st.err, tty: st.tty, input: st.input, inputPath: st.shared ? undefined : st.inputPath, flush, shared: st.shared, fdt: st.fdt, bad: st.bad };
}
