// The bash interpreter: runs a parsed list as a generator (commands may wait, ask, load).
import { findCommand, type AnyCommandDef } from '../registry';
import { resolveDef, runDef } from '../spec/run';
import type { CommandContext, Frame, SessionHooks } from '../context';
import type { CommandRun, Host } from '../types';
import { Interrupt } from '../types';
import type { World } from '../world';
import { isCompound, parseBash, type AndOr, type Command, type CompoundCommand, type Pipeline, type SimpleCommand, type Word } from './parse';
import { ArithError, evalArith } from './arith';
import { canRead, canWrite, globMatch } from '../util';
import { strerror } from '../fs';
import { needGuest } from '../lazy';

export interface IO {
  out: (t: string) => void;
  err: (t: string) => void;
  tty: boolean;
}

export interface Runtime {
  world: World;
  hooks: SessionHooks;
}

/** Run a bash script text in a frame. */
export function* runBash(rt: Runtime, frame: Frame, text: string, io: IO): CommandRun {
  yield* needGuest();
  const r = parseBash(text);
  if (!r.ok) {
    if (r.incomplete) {
      io.err(r.reason === 'heredoc'
        ? `-bash: warning: here-document delimited by end-of-file\n`
        : `-bash: unexpected EOF while looking for matching \`${text.includes("'") ? "'" : '"'}'\n-bash: syntax error: unexpected end of file\n`);
      frame.lastExit = 2;
      return 2;
    }
    io.err('-' + r.error + '\n');
    frame.lastExit = 2;
    return 2;
  }
  return yield* runList(rt, frame, r.list, io);
}

export class ExitShell extends Error {
  constructor(readonly code: number) {
    super('exit');
  }
}

function* runList(rt: Runtime, frame: Frame, list: AndOr[], io: IO): CommandRun {
  let code = frame.lastExit;
  for (const ao of list) {
    code = yield* runPipeline(rt, frame, ao.first, io);
    frame.lastExit = code;
    for (const { op, p } of ao.rest) {
      if ((op === '&&' && code !== 0) || (op === '||' && code === 0)) continue;
      code = yield* runPipeline(rt, frame, p, io);
      frame.lastExit = code;
    }
    // a frame that was closed (exit) stops the rest of the line
    if (rt.hooks.depth() === 0) break;
  }
  return code;
}

function* runPipeline(rt: Runtime, frame: Frame, p: Pipeline, io: IO): CommandRun {
  let stdin: string | null = null;
  let code = 0;
  for (let i = 0; i < p.cmds.length; i++) {
    const last = i === p.cmds.length - 1;
    let buf = '';
    const stageIo: IO = last ? io : { out: (t) => (buf += t), err: io.err, tty: false };
    code = yield* runCommand(rt, frame, p.cmds[i], stageIo, stdin);
    stdin = buf;
  }
  return p.negate ? (code === 0 ? 1 : 0) : code;
}

function* runCommand(rt: Runtime, frame: Frame, c: Command, io: IO, stdin: string | null): CommandRun {
  try {
    return isCompound(c) ? yield* runCompound(rt, frame, c, io) : yield* runSimple(rt, frame, c, io, stdin);
  } catch (e) {
    if (e instanceof ArithError) {
      io.err(`-bash: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

const LOOP_LIMIT = 10_000;

/** Expand $NAME / ${NAME} inside an arithmetic expression, then evaluate it. */
function arith(frame: Frame, src: string): number {
  const expanded = src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?])\}?/g, (_m, n: string) => varValue(frame, n) ?? '');
  try {
    return evalArith(expanded, frame.env);
  } catch (e) {
    if (e instanceof ArithError) throw new ArithError(`${expanded.trim()}: ${e.message}`);
    throw e;
  }
}

function* runCompound(rt: Runtime, frame: Frame, c: CompoundCommand, io: IO): CommandRun {
  let code = 0;
  switch (c.kind) {
    case 'arith':
      return arith(frame, c.expr) !== 0 ? 0 : 1;
    case 'group':
      return yield* runList(rt, frame, c.body, io);
    case 'if':
      for (const cl of c.clauses) {
        if ((yield* runList(rt, frame, cl.cond, io)) === 0) return yield* runList(rt, frame, cl.body, io);
        if (rt.hooks.depth() === 0) return frame.lastExit;
      }
      return c.otherwise ? yield* runList(rt, frame, c.otherwise, io) : 0;
    case 'for': {
      let items: string[] = [];
      if (c.words) for (const w of c.words) items.push(...(yield* expandWord(rt, frame, w)));
      else items = Array.from({ length: Number(frame.env['#'] ?? 0) }, (_, k) => frame.env[String(k + 1)] ?? '');
      for (const it of items.slice(0, LOOP_LIMIT)) {
        frame.env[c.name] = it;
        code = yield* runList(rt, frame, c.body, io);
        if (rt.hooks.depth() === 0) break;
      }
      return code;
    }
    case 'cfor': {
      arith(frame, c.init);
      for (let n = 0; n < LOOP_LIMIT; n++) {
        if (c.cond.trim() !== '' && arith(frame, c.cond) === 0) break;
        code = yield* runList(rt, frame, c.body, io);
        if (rt.hooks.depth() === 0) break;
        arith(frame, c.step);
      }
      return code;
    }
    case 'while':
      for (let n = 0; n < LOOP_LIMIT; n++) {
        const r = yield* runList(rt, frame, c.cond, io);
        if (c.until ? r === 0 : r !== 0) break;
        code = yield* runList(rt, frame, c.body, io);
        if (rt.hooks.depth() === 0) break;
      }
      return code;
  }
}

/** Expand one word into fields (unquoted substitutions are split on whitespace; globs matched). */
export function* expandWord(rt: Runtime, frame: Frame, w: Word, split = true): Generator<import('../types').Yield, string[], unknown> {
  const host = rt.world.host(frame.hostId);
  const fields: string[] = [];
  let cur = '';
  let has = false;
  let glob = false;
  const pushSplit = (v: string) => {
    const pieces = v.split(/[ \t\n]+/);
    pieces.forEach((piece, idx) => {
      if (idx > 0) {
        if (has || cur !== '') fields.push(cur);
        cur = '';
        has = false;
      }
      if (piece !== '') {
        cur += piece;
        has = true;
      }
    });
  };
  for (const p of w.parts) {
    if (p.k === 'lit') {
      cur += p.t;
      if (p.q || p.t !== '') has = true;
      if (!p.q && /[*?]/.test(p.t)) glob = true;
    } else if (p.k === 'tilde') {
      const u = p.user ? host.users.get(p.user) : host.users.get(frame.user);
      cur += u ? u.home : '~' + p.user;
      has = true;
    } else if (p.k === 'var') {
      let v = varValue(frame, p.name);
      if ((v === undefined || v === '') && p.def !== undefined) v = p.def;
      v ??= '';
      if (p.q || !split) {
        cur += v;
        has = true;
      } else pushSplit(v);
    } else if (p.k === 'arith') {
      cur += String(arith(frame, p.src));
      has = true;
    } else {
      let buf = '';
      const sub: Frame = { ...frame, env: { ...frame.env } };
      yield* runBash(rt, sub, p.src, { out: (t) => (buf += t), err: () => {}, tty: false });
      frame.lastExit = sub.lastExit;
      const v = buf.replace(/\n+$/, '');
      if (p.q || !split) {
        cur += v;
        has = true;
      } else pushSplit(v);
    }
  }
  if (has || cur !== '') fields.push(cur);
  if (glob && split && fields.length === 1) {
    const g = globExpand(host, frame, fields[0]);
    if (g.length) return g;
  }
  return fields;
}

function varValue(frame: Frame, name: string): string | undefined {
  if (name === '?') return String(frame.lastExit);
  if (name === '$') return '2741';
  if (name === '#') return frame.env['#'] ?? '0';
  if (name === '0') return '-bash';
  if (/^[1-9]$/.test(name)) return frame.env[name] ?? '';
  if (name === '@' || name === '*') {
    const n = Number(frame.env['#'] ?? 0);
    return Array.from({ length: n }, (_, i) => frame.env[String(i + 1)] ?? '').join(' ');
  }
  if (name === '!') return '';
  return frame.env[name];
}

function globExpand(host: Host, frame: Frame, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  const filePat = pattern.slice(slash + 1);
  if (/[*?]/.test(dirPart)) return [];
  const home = host.users.get(frame.user)?.home;
  const dir = host.fs.resolve(frame.cwd, dirPart || '.', home);
  const list = host.fs.list(dir);
  if (typeof list === 'string') return [];
  return list
    .filter((e) => (filePat.startsWith('.') || !e.name.startsWith('.')) && globMatch(filePat, e.name))
    .map((e) => dirPart + e.name);
}

function* runSimple(rt: Runtime, frame: Frame, c: SimpleCommand, io: IO, stdin: string | null): CommandRun {
  const world = rt.world;
  const host = world.host(frame.hostId);
  const argv: string[] = [];
  for (const w of c.words) argv.push(...(yield* expandWord(rt, frame, w)));
  const assigns: [string, string][] = [];
  for (const a of c.assigns) assigns.push([a.name, (yield* expandWord(rt, frame, a.value, false)).join(' ')]);
  if (argv.length === 0) {
    for (const [k, v] of assigns) frame.env[k] = v;
    // bare redirections create/truncate files
    for (const r of c.redirs) {
      if ((r.op === '>' || r.op === '>>') && r.target) {
        const t = (yield* expandWord(rt, frame, r.target)).join(' ');
        const err = writeTarget(host, frame, t, '', r.op === '>>');
        if (err) {
          io.err(err);
          return 1;
        }
      }
    }
    return 0;
  }

  // redirections
  let out = io.out;
  let err = io.err;
  let tty = io.tty;
  let input = stdin;
  const files: { path: string; append: boolean; buf: string[] }[] = [];
  for (const r of c.redirs) {
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
      const p = host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home);
      const content = host.fs.read(p);
      if (content === 'ENOENT' || content === 'EISDIR' || !canRead(frame.user, p)) {
        io.err(`-bash: ${target}: ${strerror(content === 'EISDIR' || content === 'ENOENT' ? content : 'EACCES')}\n`);
        return 1;
      }
      input = content;
      continue;
    }
    const append = r.op === '>>' || r.op === '2>>';
    const e = writeTarget(host, frame, target, '', append);
    if (e) {
      io.err(e);
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
    }
  };
  try {
    const code = yield* runArgv(rt, frame, argv, { out, err, tty }, input, assigns);
    return code;
  } finally {
    flush();
  }
}

/** Writing to /proc/sys/... sets a kernel parameter (root only). Returns null when `p` is not such a path. */
export function writeProcSys(host: Host, user: string, p: string, content: string): 'ok' | 'denied' | 'missing' | null {
  if (!p.startsWith('/proc/sys/') || !host.sys) return null;
  const key = p.slice(10).replace(/\//g, '.');
  const sys = host.sys;
  const exists = key.startsWith('net.bridge.') ? sys.modules.has('br_netfilter') : sys.sysctl.has(key);
  if (!exists) return 'missing';
  if (user !== 'root') return 'denied';
  if (content.trim() !== '') sys.sysctl.set(key, content.trim());
  return 'ok';
}

function writeTarget(host: Host, frame: Frame, target: string, content: string, append: boolean): string | null {
  if (target === '/dev/null') return null;
  const p = host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home);
  const proc = writeProcSys(host, frame.user, p, content);
  if (proc === 'ok') return null;
  if (proc === 'denied') return `-bash: ${target}: Permission denied\n`;
  if (proc === 'missing') return `-bash: ${target}: No such file or directory\n`;
  if (host.fs.isDir(p)) return `-bash: ${target}: Is a directory\n`;
  if (!host.fs.isDir(host.fs.dirname(p))) return `-bash: ${target}: No such file or directory\n`;
  if (!canWrite(frame.user, p)) return `-bash: ${target}: Permission denied\n`;
  const e = host.fs.write(p, content, append);
  if (e) return `-bash: ${target}: No such file or directory\n`;
  return null;
}

function* expandHeredoc(rt: Runtime, frame: Frame, body: string): Generator<import('../types').Yield, string, unknown> {
  // Expand $VAR, ${VAR} and $(...) inside an unquoted heredoc.
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && (body[i + 1] === '$' || body[i + 1] === '\\' || body[i + 1] === '`')) {
      out += body[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const m = /^\$(\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(body.slice(i));
      if (m) {
        const r = parseBash('"' + m[0].replace(/"/g, '\\"') + '"');
        if (r.ok && r.list[0]) {
          const w = (r.list[0].first.cmds[0] as SimpleCommand).words[0];
          out += (yield* expandWord(rt, frame, w, false)).join('');
        } else out += m[0];
        i += m[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Run an argv (after expansion) in a frame: builtins, registered commands, scripts. */
export function* runArgv(
  rt: Runtime,
  frame: Frame,
  argvIn: string[],
  io: IO,
  stdin: string | null,
  assigns: [string, string][] = [],
): CommandRun {
  let argv = argvIn;
  const world = rt.world;
  const host = world.host(frame.hostId);
  const alias = frame.aliases?.[argv[0]];
  if (alias !== undefined && !argv[0].startsWith('\\')) {
    const words = alias.trim().split(/\s+/).filter(Boolean);
    if (words.length) argv = [...words, ...argv.slice(1)];
  }
  let name = argv[0];
  // /usr/bin/ls → ls ; ./script.sh → run the script
  if (name.includes('/')) {
    const p = host.fs.resolve(frame.cwd, name, host.users.get(frame.user)?.home);
    const base = name.slice(name.lastIndexOf('/') + 1);
    const node = host.fs.get(p);
    if (node?.type === 'file') {
      if (/^\/(usr\/)?s?bin\//.test(p) && findCommand('bash', base)) name = base;
      else if (!(node.mode & 0o111)) {
        io.err(`-bash: ${name}: Permission denied\n`);
        return 126;
      } else {
        const sub: Frame = { ...frame, env: { ...frame.env } };
        return yield* runBash(rt, sub, node.content, io);
      }
    } else if (/^\/(usr\/)?s?bin\/[^/]+$/.test(p) && findCommand('bash', base) && available(findCommand('bash', base)!, host, world)) {
      name = base;
    } else {
      io.err(`-bash: ${name}: ${node?.type === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
      return node?.type === 'dir' ? 126 : 127;
    }
  }
  const def = findCommand('bash', name);
  if (!def || !available(def, host, world)) {
    io.err(`-bash: ${name}: command not found\n`);
    return 127;
  }
  const env = assigns.length ? { ...frame.env, ...Object.fromEntries(assigns) } : frame.env;
  const runFrame: Frame = assigns.length ? { ...frame, env } : frame;
  const ctx: CommandContext = {
    world,
    host,
    shell: 'bash',
    frame: runFrame,
    name,
    args: argv.slice(1),
    stdin,
    tty: io.tty,
    out: io.out,
    err: io.err,
    user: host.users.get(frame.user) ?? { name: frame.user, uid: 1000, gid: 1000, home: '/', shell: '/bin/bash', groups: [] },
    resolve: (p) => host.fs.resolve(frame.cwd, p, host.users.get(frame.user)?.home),
    session: rt.hooks,
    runLine: (line, f, o) => runBash(rt, f ?? frame, line, { out: o?.out ?? io.out, err: o?.err ?? io.err, tty: io.tty }),
  };
  return yield* runDef(def, ctx);
}

export function available(def: AnyCommandDef, host: Host, world: World): boolean {
  return !def.available || def.available(host, world);
}

export { resolveDef, runDef };


export { Interrupt };
