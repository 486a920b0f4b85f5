// Word expansion: parameters, command substitution, arithmetic, tildes, field splitting and globs.
import type { Frame } from '../context';
import type { Host, Yield } from '../types';
import { subshellTraps } from './traps';
import { flushProcs, procMark } from './procsub';
import { forked } from './pids';
import { interpreter, type Runtime } from './runtime';
import type { SimpleCommand, Word } from './ast';
import { parseBash } from './parser';
import { arith, arithBig, varValue } from './value';
import { paramExpand, type ArgExpander } from './param';
import { Lexer } from './lexer';
import { copyArrays } from './arrays';
import { globMatch, hasExtglob } from '../util';
import { braceWords } from './brace';
import { ArithError } from './arith';
import { LineAbort } from './signals';
import { substitutionDir } from '../commands/lib/devfs/fd';

export { arith, varValue };

let procFd = 63;
/** The `>(list)` substitutions of the command being expanded: each runs on what was written to its file. */
export const outProcs: { path: string; src: string; frame: Frame }[] = [];

/** Where a command substitution's standard error goes: the stderr of the command being expanded (runCommand sets it). */
export const substitutionErr: { fn: ((t: string) => void) | null } = { fn: null };

/** Command substitutions run so far: an assignment-only command's status is that of its last one. */
export const substitutions = { count: 0 };
/** A new command: its process substitutions count from /dev/fd/63 again. */
export function resetProcFds(): void {
  procFd = 63;
}

/** Expand one word into fields (unquoted substitutions are split on whitespace; globs matched). */
export function* expandWord(rt: Runtime, frame: Frame, w: Word, split = true, brace = split): Generator<import('../types').Yield, string[], unknown> {
  const braced = brace ? braceWords(w) : null;
  if (braced) {
    const all: string[] = [];
    for (const b of braced) all.push(...(yield* expandWord(rt, frame, b, split, false)));
    return all;
  }
  if (w.list) return [yield* listText(rt, frame, w)];
  const host = rt.world.host(frame.hostId);
  const ex: ArgExpander = {
    word: function* (a) {
      return (yield* expandWord(rt, frame, a, false, false)).join('');
    },
    pattern: (a) => expandPattern(rt, frame, a),
  };
  const fields: string[] = [];
  let cur = '';
  let has = false;
  let glob = false;
  const ifs = frame.env.IFS;
  const pushSplit = (v: string) => {
    if (ifs !== undefined && ifs !== ' \t\n') return pushSplitIfs(v, ifs);
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
  /** Field splitting on another IFS: a non-blank IFS character always ends a field (`a::b` has an empty one). */
  const pushSplitIfs = (v: string, sep: string) => {
    if (sep === '') {
      if (v !== '') {
        cur += v;
        has = true;
      }
      return;
    }
    const isWs = (c: string) => (c === ' ' || c === '\t' || c === '\n') && sep.includes(c);
    let i = 0;
    while (i < v.length) {
      if (!sep.includes(v[i])) {
        let j = i;
        while (j < v.length && !sep.includes(v[j])) j++;
        cur += v.slice(i, j);
        has = true;
        i = j;
        continue;
      }
      let hard = false;
      while (i < v.length && isWs(v[i])) i++;
      if (i < v.length && sep.includes(v[i]) && !isWs(v[i])) {
        hard = true;
        i++;
        while (i < v.length && isWs(v[i])) i++;
      }
      if (hard || has || cur !== '') fields.push(cur);
      cur = '';
      has = false;
    }
  };
  for (const p of w.parts) {
    if (p.k === 'lit') {
      cur += p.t;
      if (p.q || p.t !== '') has = true;
      if (!p.q && (/[*?]/.test(p.t) || hasExtglob(p.t) || (p.t.includes('[') && /\[.+\]/.test(p.t)))) glob = true;
    } else if (p.k === 'tilde') {
      const u = p.user ? host.users.get(p.user) : host.users.get(frame.user);
      cur += u ? u.home : '~' + p.user;
      has = true;
    } else if (p.k === 'var') {
      const r = yield* paramExpand(frame, p, ex);
      if (r.list && p.q && !r.star) {
        // "$@", "${a[@]}": one field per value
        r.values.forEach((v, k) => {
          if (k > 0) {
            fields.push(cur);
            cur = '';
          }
          cur += v;
          has = true;
        });
      } else {
        const v = r.list ? r.values.join(r.star && p.q ? (frame.env.IFS ?? ' ').slice(0, 1) : ' ') : r.values[0];
        if (p.q || !split) {
          cur += v;
          has = true;
        } else pushSplit(v);
      }
    } else if (p.k === 'arith') {
      cur += String(yield* arithValue(rt, frame, p.src));
      has = true;
    } else if (p.proc && p.out) {
      // `>(list)`: a file the command writes; the list reads it when the command is done (runSimple)
      const path = `/dev/fd/${procFd--}`;
      substitutionDir(host);
      host.fs.write(path, '');
      outProcs.push({ path, src: p.src, frame });
      cur += path;
      has = true;
    } else {
      let buf = '';
      const fd = procFd;
      const sub: Frame = forked(rt, { ...frame, env: { ...frame.env }, arrays: copyArrays(frame), traps: subshellTraps(frame), xlevel: (frame.xlevel ?? 1) + 1, forked: true });
      const err = substitutionErr.fn ?? (() => {});
      const mark = procMark();
      try {
        yield* interpreter.runText!(rt, sub, p.src, { out: (t) => (buf += t), err, tty: false });
      } catch (e) {
        // the substitution's shell ends; the command around it goes on
        if (!(e instanceof LineAbort)) throw e;
        sub.lastExit = e.code;
      }
      yield* flushProcs(rt, mark);
      frame.lastExit = sub.lastExit;
      substitutions.count++;
      if (p.proc) {
        // `<(list)`: its output as a file the command opens (/dev/fd/63, 62, ... within one command)
        procFd = fd - 1;
        const path = `/dev/fd/${fd}`;
        substitutionDir(host);
        host.fs.write(path, buf);
        cur += path;
        has = true;
        continue;
      }
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

/** `$(( ))`, `(( ))`, `for (( ))`: parameters and substitutions inside are expanded first, then evaluated. */
export function* arithValue(rt: Runtime, frame: Frame, src: string, command = false): Generator<Yield, bigint, unknown> {
  const inner = /[$`]/.test(src) ? (yield* expandWord(rt, frame, new Lexer(src, true).readWord() ?? { parts: [], raw: '' }, false, false)).join('') : src;
  try {
    return arithBig(frame, inner);
  } catch (e) {
    if (e instanceof ArithError) {
      // `(( ))` names itself and goes on; an error in `$(( ))` ends the line
      if (command) e.message = `((: ${e.message}`;
      else e.fatal = true;
    }
    throw e;
  }
}

export function globExpand(host: Host, frame: Frame, pattern: string): string[] {
  if (frame.shopts?.globstar && pattern.includes('**') && pattern.split('/').includes('**')) return globstar(host, frame, pattern);
  const slash = pattern.lastIndexOf('/');
  const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  const filePat = pattern.slice(slash + 1);
  // a pattern in a directory's name: each directory it matches, then the last part in each
  if (/[*?]/.test(dirPart)) {
    const dirs = globExpand(host, frame, dirPart.slice(0, -1));
    // a pattern that ends in a slash matches directories only
    const home = host.users.get(frame.user)?.home;
    const keep = (p: string) => (filePat === '' ? host.fs.isDir(host.fs.resolve(frame.cwd, p, home)) : !!host.fs.get(host.fs.resolve(frame.cwd, p, home)));
    return dirs.flatMap((d) => (/[*?]/.test(filePat) ? globExpand(host, frame, `${d}/${filePat}`) : keep(`${d}/${filePat}`) ? [`${d}/${filePat}`] : []));
  }
  const home = host.users.get(frame.user)?.home;
  const dir = host.fs.resolve(frame.cwd, dirPart || '.', home);
  const list = host.fs.list(dir);
  if (typeof list === 'string') return [];
  // bash 5.1 (no globskipdots yet): a pattern that starts with a dot also matches `.` and `..`, which sort first
  const dots = filePat.startsWith('.') ? ['.', '..'].filter((n) => globMatch(filePat, n)) : [];
  return [
    ...dots.map((n) => dirPart + n),
    ...list
      .filter((e) => (filePat.startsWith('.') || (frame.shopts?.dotglob && e.name !== '.' && e.name !== '..') || !e.name.startsWith('.')) && globMatch(filePat, e.name))
      .map((e) => dirPart + e.name),
  ];
}

/** `shopt -s globstar`: a `**` part of a path matches any number of directories (and, last, every file below). */
function globstar(host: Host, frame: Frame, pattern: string): string[] {
  const home = host.users.get(frame.user)?.home;
  const list = (pre: string) => {
    const l = host.fs.list(host.fs.resolve(frame.cwd, pre || '.', home));
    return typeof l === 'string' ? [] : l.filter((e) => e.name !== '.' && e.name !== '..');
  };
  const shown = (name: string, pat: string) => pat.startsWith('.') || frame.shopts?.dotglob || !name.startsWith('.');
  const isDir = (p: string) => host.fs.isDir(host.fs.resolve(frame.cwd, p, home));
  const segs = pattern.split('/');
  let prefixes = [pattern.startsWith('/') ? '/' : ''];
  for (let k = pattern.startsWith('/') ? 1 : 0; k < segs.length; k++) {
    const seg = segs[k];
    const last = k === segs.length - 1;
    const next: string[] = [];
    for (const pre of prefixes) {
      if (seg === '**') {
        if (!last || pre) next.push(pre);
        const walk = (p: string) => {
          for (const e of list(p)) {
            if (!shown(e.name, '')) continue;
            const q = p + e.name;
            if (isDir(q)) {
              next.push(last ? q : q + '/');
              walk(q + '/');
            } else if (last) next.push(q);
          }
        };
        walk(pre);
      } else if (/[*?]/.test(seg) || hasExtglob(seg)) {
        for (const e of list(pre)) if (shown(e.name, seg) && globMatch(seg, e.name) && (last || isDir(pre + e.name))) next.push(last ? pre + e.name : pre + e.name + '/');
      } else if (last ? host.fs.get(host.fs.resolve(frame.cwd, pre + seg, home)) : isDir(pre + seg)) next.push(last ? pre + seg : pre + seg + '/');
    }
    prefixes = next;
  }
  return [...new Set(prefixes.filter((p) => p !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
      const m = /^\$(\{[^}]*\}|\(\([^)]*\)\)|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(body.slice(i));
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
export function* expandPattern(rt: Runtime, frame: Frame, w: Word, regex = false): Generator<Yield, string, unknown> {
  let out = '';
  for (const p of w.parts) {
    const v = (yield* expandWord(rt, frame, { parts: [p], raw: '' }, false)).join('');
    const quoted = p.k !== 'tilde' && p.q;
    // quoted parts match themselves: in a glob, [*]; in a regex (=~), \*
    out += !quoted ? v : regex ? v.replace(/[\\.^$*+?()[\]{}|]/g, '\\$&') : v.replace(/[*?[]/g, '[$&]');
  }
  return out;
}

/** The items of `name=(...)`, expanded: `[key]=value` or plain values (split, globbed, brace-expanded). */
export function* listItems(rt: Runtime, frame: Frame, words: Word[]): Generator<Yield, { key?: string; value: string }[], unknown> {
  const items: { key?: string; value: string }[] = [];
  for (const w of words) {
    const m = /^\[([^\]]*)\]=/.exec(w.raw);
    if (m) {
      const v = new Lexer(w.raw.slice(m[0].length)).readWord();
      items.push({ key: m[1], value: v ? (yield* expandWord(rt, frame, v, false)).join('') : '' });
    } else for (const v of yield* expandWord(rt, frame, w)) items.push({ value: v });
  }
  return items;
}

/** `declare a=(x y)`: the word as declare receives it, its items kept for it to take. */
function* listText(rt: Runtime, frame: Frame, w: Word): Generator<Yield, string, unknown> {
  const items = yield* listItems(rt, frame, w.list!);
  const head = (w.parts[0] as { t: string }).t;
  const text = `${head}(${items.map((i) => (i.key !== undefined ? `[${i.key}]=` : '') + i.value).join(' ')})`;
  pendingLists.set(text, items);
  if (pendingLists.size > 16) pendingLists.delete(pendingLists.keys().next().value!);
  return text;
}

/** Compound assignments handed to declare, local and readonly by their text. */
export const pendingLists = new Map<string, { key?: string; value: string }[]>();
