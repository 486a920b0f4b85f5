// Word expansion: parameters, command substitution, arithmetic, tildes, field splitting and globs.
import type { Frame } from '../context';
import type { Host, Yield } from '../types';
import { interpreter, type Runtime } from './runtime';
import type { SimpleCommand, Word } from './ast';
import { parseBash } from './parser';
import { ArithError, evalArith } from './arith';
import { globMatch } from '../util';
import { braceWords } from './brace';

/** Expand $NAME / ${NAME} inside an arithmetic expression, then evaluate it. */
export function arith(frame: Frame, src: string): number {
  const expanded = src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?])\}?/g, (_m, n: string) => varValue(frame, n) ?? '');
  try {
    return evalArith(expanded, frame.env);
  } catch (e) {
    if (e instanceof ArithError) throw new ArithError(`${expanded.trim()}: ${e.message}`);
    throw e;
  }
}

/** Expand one word into fields (unquoted substitutions are split on whitespace; globs matched). */
export function* expandWord(rt: Runtime, frame: Frame, w: Word, split = true, brace = split): Generator<import('../types').Yield, string[], unknown> {
  const braced = brace ? braceWords(w) : null;
  if (braced) {
    const all: string[] = [];
    for (const b of braced) all.push(...(yield* expandWord(rt, frame, b, split, false)));
    return all;
  }
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
    } else if (p.k === 'var' && p.name === '@' && p.q) {
      // "$@": one field per positional parameter
      const n = Number(frame.env['#'] ?? 0);
      for (let k = 1; k <= n; k++) {
        if (k > 1) {
          fields.push(cur);
          cur = '';
        }
        cur += frame.env[String(k)] ?? '';
        has = true;
      }
    } else if (p.k === 'var' && p.length) {
      // ${#name}: its length in characters; ${#@} the number of parameters
      cur += p.name === '@' || p.name === '*' ? frame.env['#'] ?? '0' : String([...(varValue(frame, p.name) ?? '')].length);
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
      yield* interpreter.runText!(rt, sub, p.src, { out: (t) => (buf += t), err: () => {}, tty: false });
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
    if (frame.shopts?.nullglob) return [];
  }
  return fields;
}

export function varValue(frame: Frame, name: string): string | undefined {
  if (name === '?') return String(frame.lastExit);
  if (name === '$') return '2741';
  if (name === '#') return frame.env['#'] ?? '0';
  if (name === '0') return frame.script?.name ?? '-bash';
  if (/^[1-9][0-9]*$/.test(name)) return frame.env[name] ?? '';
  if (name === '@' || name === '*') {
    const n = Number(frame.env['#'] ?? 0);
    return Array.from({ length: n }, (_, i) => frame.env[String(i + 1)] ?? '').join(' ');
  }
  if (name === '!') return frame.lastBg === undefined ? '' : String(frame.lastBg);
  return frame.env[name];
}

export function globExpand(host: Host, frame: Frame, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  const filePat = pattern.slice(slash + 1);
  // a pattern in a directory's name: each directory it matches, then the last part in each
  if (/[*?]/.test(dirPart)) {
    const dirs = globExpand(host, frame, dirPart.slice(0, -1));
    return dirs.flatMap((d) => (/[*?]/.test(filePat) ? globExpand(host, frame, `${d}/${filePat}`) : host.fs.get(host.fs.resolve(frame.cwd, `${d}/${filePat}`, host.users.get(frame.user)?.home)) ? [`${d}/${filePat}`] : []));
  }
  const home = host.users.get(frame.user)?.home;
  const dir = host.fs.resolve(frame.cwd, dirPart || '.', home);
  const list = host.fs.list(dir);
  if (typeof list === 'string') return [];
  return list
    .filter((e) => (filePat.startsWith('.') || (frame.shopts?.dotglob && e.name !== '.' && e.name !== '..') || !e.name.startsWith('.')) && globMatch(filePat, e.name))
    .map((e) => dirPart + e.name);
}

export function* expandHeredoc(rt: Runtime, frame: Frame, body: string): Generator<import('../types').Yield, string, unknown> {
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


/** A word as a glob pattern (case, `[[ x == p ]]`): quoted `*`, `?` and `[` match themselves. */
export function* expandPattern(rt: Runtime, frame: Frame, w: Word): Generator<Yield, string, unknown> {
  let out = '';
  for (const p of w.parts) {
    const v = (yield* expandWord(rt, frame, { parts: [p], raw: '' }, false)).join('');
    const quoted = p.k !== 'tilde' && p.q;
    out += quoted ? v.replace(/[*?[]/g, '[$&]') : v;
  }
  return out;
}
