// `findstr`: lines of files (or of its input) that match. Search strings are space-separated alternatives, or one
// literal with /C:; /I ignores case, /V inverts, /X and /B /E anchor, /N numbers lines, /M names the files only,
// /S searches the files of every subfolder, /L and /R pick literal or findstr's own small regular expressions.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';

/** findstr's regular expressions: . * ^ $ [class] \< \> and \x, nothing else. */
function toRegExp(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[++i];
      out += n === '<' || n === '>' ? '\\b' : n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '[') {
      const end = s.indexOf(']', i + 1);
      if (end < 0) return out + '\\[' + toRegExp(s.slice(i + 1));
      out += s.slice(i, end + 1);
      i = end;
    } else if ('+?{}()|'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const o = { b: false, e: false, l: false, r: false, s: false, i: false, x: false, v: false, n: false, m: false, o: false };
  const literal: string[] = [];
  const rest: string[] = [];
  for (const a of ctx.args) {
    if (!a.startsWith('/')) {
      rest.push(a);
      continue;
    }
    const m = /^\/c:(.*)$/i.exec(a);
    if (m) {
      literal.push(m[1].replace(/^"(.*)"$/, '$1'));
      continue;
    }
    // several switches may share one slash: /IN
    for (const ch of a.slice(1).toLowerCase()) {
      if (ch in o) (o as Record<string, boolean>)[ch] = true;
      else ctx.err(`FINDSTR: /${ch.toUpperCase()} ignored\n`);
    }
  }
  const words = literal.length ? [] : (rest.shift()?.replace(/^"(.*)"$/, '$1').split(' ').filter(Boolean) ?? []);
  if (!literal.length && !words.length) {
    ctx.err('FINDSTR: Bad command line\n');
    return 2;
  }
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sources = [...literal.map((w) => esc(w)), ...words.map((w) => (o.l || (!o.r && !/[.*^$[\\]/.test(w)) ? esc(w) : toRegExp(w)))];
  const body = `(?:${sources.join('|')})`;
  const re = new RegExp(o.x ? `^${body}$` : `${o.b ? '^' : ''}${body}${o.e ? '$' : ''}`, o.i ? 'i' : '');
  const linesOf = (text: string) => text.split('\n').filter((l, i, arr) => !(i === arr.length - 1 && l === ''));
  const pick = (lines: string[]) => {
    let at = 0;
    return lines
      .map((l, i) => {
        const hit = { l, n: i + 1, at };
        at += l.length + 1;
        return hit;
      })
      .filter(({ l }) => re.test(l) !== o.v);
  };
  const lead = (n: number, at: number) => (o.n ? `${n}:` : '') + (o.o ? `${at}:` : '');
  // files: each name or wildcard, in this folder (or, with /S, in every folder below it)
  const files: { shown: string; path: string }[] = [];
  let code = 1;
  for (const spec of rest) {
    const name = spec.replace(/"/g, '');
    const base = fs.resolve(ctx.frame.cwd, name);
    const dir = fs.dirname(base);
    const pat = fs.basename(base);
    const dirs: string[] = [dir];
    if (o.s) {
      const walk = (d: string) => {
        const list = fs.list(d);
        if (typeof list !== 'string') for (const e of list) if (e.type === 'dir') dirs.push(fs.join(d, e.name)), walk(fs.join(d, e.name));
      };
      walk(dir);
    }
    let found = false;
    for (const d of dirs) {
      const list = fs.list(d);
      if (typeof list === 'string') continue;
      for (const e of list) {
        if (e.type !== 'file' || !globMatch(pat, e.name, true)) continue;
        found = true;
        const path = fs.join(d, e.name);
        files.push({ shown: o.s ? path.slice(fs.canonical(ctx.frame.cwd).length + 1) || e.name : name.includes('*') || name.includes('?') ? e.name : name, path });
      }
    }
    if (!found) ctx.err(`FINDSTR: Cannot open ${name}\n`);
  }
  if (!rest.length) {
    const hits = pick(linesOf(ctx.stdin ?? ''));
    ctx.out(hits.map(({ l, n, at }) => lead(n, at) + l + '\n').join(''));
    return hits.length ? 0 : 1;
  }
  const many = files.length > 1 || o.s;
  let out = '';
  for (const f of files) {
    if (!fs.isFile(f.path)) continue;
    const text = fs.read(f.path);
    const hits = pick(linesOf(text));
    if (!hits.length) continue;
    code = 0;
    if (o.m) out += f.shown + '\n';
    else out += hits.map(({ l, n, at }) => (many ? `${f.shown}:` : '') + lead(n, at) + l + '\n').join('');
  }
  ctx.out(out);
  return code;
}
