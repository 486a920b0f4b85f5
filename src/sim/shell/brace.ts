// Brace expansion, the first of bash's expansions (braces.c): it works on a word's text as typed, before tildes,
// parameters and the rest, so `$x{a,b}` becomes `$xa $xb`. Quoted braces, `${...}`, `$(...)` and backquotes are
// left alone; a brace without a comma or a sequence at its level stays as it is (`{a}`, `{}`).
import type { Word } from './ast';
import { Lexer } from './lexer';

/** Index just after a quoted or substituted stretch starting at i (i itself when there is none). */
function skip(s: string, i: number): number {
  const c = s[i];
  if (c === '\\') return i + 2;
  if (c === "'") {
    const e = s.indexOf("'", i + 1);
    return e < 0 ? s.length : e + 1;
  }
  if (c === '`') {
    const e = s.indexOf('`', i + 1);
    return e < 0 ? s.length : e + 1;
  }
  if (c === '"') {
    let j = i + 1;
    while (j < s.length && s[j] !== '"') j = s[j] === '\\' ? j + 2 : s[j] === '$' && (s[j + 1] === '(' || s[j + 1] === '{') ? skip(s, j) : j + 1;
    return j + 1;
  }
  if (c === '$' && (s[i + 1] === '{' || s[i + 1] === '(')) {
    const open = s[i + 1];
    const close = open === '{' ? '}' : ')';
    let depth = 0;
    let j = i + 1;
    while (j < s.length) {
      const d = s[j];
      if (d === '\\' || d === "'" || d === '"' || d === '`') {
        j = skip(s, j);
        continue;
      }
      if (d === open) depth++;
      else if (d === close && --depth === 0) return j + 1;
      j++;
    }
    return s.length;
  }
  return i;
}

/** The index of the `}` closing the brace at `open`, and the depth-0 commas between; null when unmatched. */
function closing(s: string, open: number): { end: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  let j = open;
  while (j < s.length) {
    const k = skip(s, j);
    if (k !== j) {
      j = k;
      continue;
    }
    const c = s[j];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { end: j, commas };
    else if (c === ',' && depth === 1) commas.push(j);
    j++;
  }
  return null;
}

/** `{x..y[..incr]}` of integers or of letters (braces.c mkseq); null when the text is no sequence. */
function sequence(amble: string): string[] | null {
  const n = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(amble);
  const a = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(amble);
  const m = n ?? a;
  if (!m) return null;
  let incr = Math.abs(Number(m[3] ?? 1)) || 1;
  const from = n ? Number(m[1]) : m[1].charCodeAt(0);
  const to = n ? Number(m[2]) : m[2].charCodeAt(0);
  if (from > to) incr = -incr;
  // a leading zero on either end pads every number to the wider end
  const zero = n && (/^[-+]?0\d/.test(m[1]) || /^[-+]?0\d/.test(m[2]));
  const width = zero ? Math.max(m[1].length, m[2].length) : 0;
  const out: string[] = [];
  for (let v = from; incr > 0 ? v <= to : v >= to; v += incr) {
    // the letters' range passes through `[ \ ] ^ _ \``: each quoted, a backslash as quote removal leaves it
    if (!n) out.push(v === 92 ? "''" : /[A-Za-z]/.test(String.fromCharCode(v)) ? String.fromCharCode(v) : '\\' + String.fromCharCode(v));
    else if (v < 0) out.push('-' + String(-v).padStart(width - 1, '0'));
    else out.push(String(v).padStart(width, '0'));
    if (out.length > 100_000) break;
  }
  return out;
}

/** Brace-expand a word's text: the words it becomes, in bash's order. */
export function braceExpand(s: string): string[] {
  let i = 0;
  while (i < s.length) {
    const k = skip(s, i);
    if (k !== i) {
      i = k;
      continue;
    }
    if (s[i] === '{') break;
    i++;
  }
  if (i >= s.length) return [s];
  const pre = s.slice(0, i);
  const m = closing(s, i);
  const literal = () => braceExpand(s.slice(i + 1)).map((r) => pre + '{' + r);
  if (!m) return literal();
  const amble = s.slice(i + 1, m.end);
  let alts: string[];
  if (m.commas.length) {
    const bounds = [i, ...m.commas, m.end];
    alts = [];
    for (let k = 0; k + 1 < bounds.length; k++) alts.push(...braceExpand(s.slice(bounds[k] + 1, bounds[k + 1])));
  } else {
    const seq = sequence(amble);
    if (!seq) return literal();
    alts = seq;
  }
  const posts = braceExpand(s.slice(m.end + 1));
  const out: string[] = [];
  for (const a of alts) for (const p of posts) out.push(pre + a + p);
  return out;
}

const cache = new Map<string, Word[] | null>();

/** The words a word becomes by brace expansion; null when it stays one word as it was. */
export function braceWords(w: Word): Word[] | null {
  if (!w.raw.includes('{')) return null;
  let r = cache.get(w.raw);
  if (r !== undefined) return r;
  const texts = braceExpand(w.raw);
  r = texts.length === 1 && texts[0] === w.raw ? null : texts.map((t) => new Lexer(t).readWord() ?? { parts: [], raw: '' });
  if (cache.size >= 64) cache.delete(cache.keys().next().value!);
  cache.set(w.raw, r);
  return r;
}
