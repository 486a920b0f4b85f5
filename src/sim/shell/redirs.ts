// Applying a command's redirections: here-documents and here-strings, files read and written, 2>&1 and >&2.
import type { Frame } from '../context';
import type { Yield } from '../types';
import type { Redir } from './ast';
import { canRead } from '../util';
import { strerror } from '../fs';
import { expandHeredoc, expandWord } from './expand';
import { writeProcSys, writeTarget } from './redirect';
import { errPrefix } from './signals';
import type { IO, Runtime } from './runtime';

export interface Redirected {
  out: (t: string) => void;
  err: (t: string) => void;
  tty: boolean;
  input: string | null;
  flush: () => void;
}

/** Apply redirections; a number is the status of a failed one (its message printed). */
export function* redirect(rt: Runtime, frame: Frame, redirs: Redir[], io: IO, stdin: string | null): Generator<Yield, Redirected | number, unknown> {
  const host = rt.world.host(frame.hostId);
  let out = io.out;
  let err = io.err;
  let tty = io.tty;
  let input = stdin;
  const files: { path: string; append: boolean; buf: string[] }[] = [];
  for (const r of redirs) {
    if (r.heredoc) {
      let body = r.heredoc.body;
      if (!r.heredoc.quoted) body = yield* expandHeredoc(rt, frame, body);
      input = body;
      continue;
    }
    if (r.op === '2>&1') {
      err = out;
      continue;
    }
    if (r.op === '>&2') {
      out = err;
      continue;
    }
    const target = (yield* expandWord(rt, frame, r.target!)).join(' ');
    if (r.op === '<<<') {
      input = target + '\n';
      continue;
    }
    if (r.op === '<') {
      // /dev/null reads as empty
      if (target === '/dev/null') {
        input = '';
        continue;
      }
      const p = host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home);
      const content = host.fs.read(p);
      if (content === 'ENOENT' || content === 'EISDIR' || !canRead(frame.user, p)) {
        io.err(`${errPrefix(frame)}${target}: ${strerror(content === 'EISDIR' || content === 'ENOENT' ? content : 'EACCES')}\n`);
        return 1;
      }
      input = content;
      continue;
    }
    const append = r.op === '>>' || r.op === '2>>';
    const e = writeTarget(host, frame, target, '', append);
    if (e) {
      io.err(e.replace(/^-bash: /, errPrefix(frame)));
      return 1;
    }
    const f = { path: host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home), append, buf: [] as string[] };
    files.push(f);
    const sink = (t: string) => f.buf.push(t);
    if (r.op === '&>') {
      out = sink;
      err = sink;
    } else if (r.op.startsWith('2')) err = sink;
    else out = sink;
    if (!r.op.startsWith('2')) tty = false;
  }
  const flush = () => {
    for (const f of files) {
      if (!f.buf.length) continue;
      if (writeProcSys(host, frame.user, f.path, f.buf.join('')) === null) host.fs.write(f.path, f.buf.join(''), true);
      f.buf.length = 0;
    }
  };
  return { out, err, tty, input, flush };
}
