// Records and fields: RS (newline, one character, "" for paragraphs, a regex) and FS (" ", one character, a
// regex, "" for characters), as gawk splits them.
import { compile } from './regex';
import { globalOf, type Rx } from '../lib/posix-regex/index';

/** Reads records one at a time from a text, with the RS in force at each call. */
export class RecordReader {
  pos = 0;
  constructor(readonly text: string) {}

  /** The next record and its terminator (RT), or null at the end. */
  next(rs: string, ignoreCase: boolean): { rec: string; rt: string } | null {
    const t = this.text;
    if (rs === '') {
      // paragraph mode: blank lines separate records, leading and trailing newlines are dropped
      while (this.pos < t.length && t[this.pos] === '\n') this.pos++;
      if (this.pos >= t.length) return null;
      const m = /\n\n+/g;
      m.lastIndex = this.pos;
      const r = m.exec(t);
      if (!r) {
        const rec = t.slice(this.pos).replace(/\n$/, '');
        const rt = t.endsWith('\n') ? '\n' : '';
        this.pos = t.length;
        return { rec, rt };
      }
      const rec = t.slice(this.pos, r.index);
      this.pos = r.index + r[0].length;
      return { rec, rt: r[0] };
    }
    if (this.pos >= t.length) return null;
    if (rs.length === 1 && !(ignoreCase && /[a-z]/i.test(rs))) {
      const i = t.indexOf(rs, this.pos);
      if (i < 0) {
        const rec = t.slice(this.pos);
        this.pos = t.length;
        return { rec, rt: '' };
      }
      const rec = t.slice(this.pos, i);
      this.pos = i + 1;
      return { rec, rt: rs };
    }
    const re = compile(rs, ignoreCase, true);
    re.lastIndex = this.pos;
    let m = re.exec(t);
    while (m && m[0] === '') {
      if (re.lastIndex >= t.length) {
        m = null;
        break;
      }
      re.lastIndex++;
      m = re.exec(t);
    }
    if (!m) {
      const rec = t.slice(this.pos);
      this.pos = t.length;
      return { rec, rt: '' };
    }
    const rec = t.slice(this.pos, m.index);
    this.pos = m.index + m[0].length;
    return { rec, rt: m[0] };
  }
}

/** Split by a regex (FS of more than one character, split()'s third argument): null matches do not split. */
export function splitRegex(s: string, re: Rx): string[] {
  if (s === '') return [];
  const out: string[] = [];
  const g = globalOf(re);
  let start = 0;
  let from = 0;
  for (;;) {
    g.lastIndex = from;
    const m = g.exec(s);
    if (!m) break;
    if (m[0] === '') {
      from = m.index + 1;
      if (from > s.length) break;
      continue;
    }
    out.push(s.slice(start, m.index));
    start = from = m.index + m[0].length;
  }
  out.push(s.slice(start));
  return out;
}

/** The fields of a record under FS; `paragraph` (RS = "") makes newline a separator too. */
export function splitFields(s: string, fs: string, paragraph: boolean, ignoreCase: boolean): string[] {
  if (fs === ' ') {
    const t = s.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return t === '' ? [] : t.split(/[ \t\n]+/);
  }
  if (fs === '') return [...s];
  if (fs.length === 1 && fs !== '\\' && !(ignoreCase && /[a-z]/i.test(fs))) {
    if (s === '') return [];
    if (paragraph && fs !== '\n') return s.split(/\n/).flatMap((l) => l.split(fs));
    return s.split(fs);
  }
  const src = fs.length === 1 ? '\\' + fs : fs;
  if (fs.length === 1 && fs !== '\\') return splitRegex(s, compile(paragraph ? `[${fs}\n]` : fs, ignoreCase));
  return splitRegex(s, compile(paragraph ? `(${src})|\n` : src, ignoreCase));
}
