// Vagrantfile reading, step 1: Ruby source to tokens (the subset real Vagrantfiles use).

export type T =
  | { k: 'id'; v: string; line: number; sp: boolean }
  | { k: 'const'; v: string; line: number; sp: boolean }
  | { k: 'ivar'; v: string; line: number; sp: boolean }
  | { k: 'num'; v: number; line: number; sp: boolean }
  | { k: 'str'; parts: (string | Tok[])[]; line: number; sp: boolean }
  | { k: 'sym'; v: string; line: number; sp: boolean }
  | { k: 'label'; v: string; line: number; sp: boolean }
  | { k: 'op'; v: string; line: number; sp: boolean }
  | { k: 'nl'; line: number; sp: boolean }
  | { k: 'eof'; line: number; sp: boolean };
export type Tok = T;

export class RubySyntaxError extends Error {
  constructor(readonly line: number, msg: string) {
    super(msg);
  }
}

export const KEYWORDS = new Set(['do', 'end', 'if', 'unless', 'else', 'elsif', 'then', 'true', 'false', 'nil', 'and', 'or', 'not']);

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let sp = false;
  const heredocs: { term: string; squiggly: boolean; dash: boolean; tok: Extract<Tok, { k: 'str' }>; raw: boolean }[] = [];
  const push = (t: Omit<Tok, 'line' | 'sp'> & Partial<Tok>) => {
    toks.push({ ...(t as Tok), line: (t as Tok).line ?? line, sp });
    sp = false;
  };
  const readInterp = (s: string, ln: number): (string | Tok[])[] => {
    const parts: (string | Tok[])[] = [];
    let cur = '';
    for (let j = 0; j < s.length; j++) {
      if (s[j] === '#' && s[j + 1] === '{') {
        let depth = 1;
        let k = j + 2;
        while (k < s.length && depth) {
          if (s[k] === '{') depth++;
          else if (s[k] === '}') depth--;
          k++;
        }
        if (depth) throw new RubySyntaxError(ln, 'unterminated string meets end of file');
        if (cur) parts.push(cur);
        cur = '';
        const inner = lex(s.slice(j + 2, k - 1)).filter((t) => t.k !== 'eof' && t.k !== 'nl');
        parts.push(inner.map((t) => ({ ...t, line: ln })));
        j = k - 1;
        continue;
      }
      cur += s[j];
    }
    if (cur || !parts.length) parts.push(cur);
    return parts;
  };
  const unescape = (s: string) =>
    s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\', e: '\x1b', s: ' ', '#': '#' })[c] ?? c);
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      push({ k: 'nl' });
      line++;
      i++;
      // heredoc bodies start on the next line
      while (heredocs.length) {
        const h = heredocs.shift()!;
        const lines: string[] = [];
        let found = false;
        while (i < src.length) {
          let end = src.indexOf('\n', i);
          if (end === -1) end = src.length;
          const l = src.slice(i, end).replace(/\r$/, '');
          i = Math.min(end + 1, src.length);
          line++;
          if ((h.dash || h.squiggly ? l.trim() : l) === h.term) {
            found = true;
            break;
          }
          lines.push(l);
        }
        if (!found) throw new RubySyntaxError(line, `can't find string "${h.term}" anywhere before EOF`);
        let body = lines;
        if (h.squiggly) {
          const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
          body = lines.map((l) => l.slice(Number.isFinite(ind) ? ind : 0));
        }
        const text = body.join('\n') + (body.length ? '\n' : '');
        h.tok.parts = h.raw ? [text] : readInterp(text, h.tok.line);
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      sp = true;
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '=' && src.startsWith('=begin', i) && (i === 0 || src[i - 1] === '\n')) {
      const end = src.indexOf('\n=end', i);
      if (end === -1) throw new RubySyntaxError(line, 'embedded document meets end of file');
      line += src.slice(i, end + 5).split('\n').length - 1;
      i = end + 5;
      continue;
    }
    // heredoc
    const hm = /^<<([-~]?)(['"]?)([A-Z_][A-Z0-9_]*)\2/.exec(src.slice(i));
    if (hm && (toks.length === 0 || toks[toks.length - 1].k !== 'id' || sp)) {
      const tok = { k: 'str', parts: [''], line, sp } as Extract<Tok, { k: 'str' }>;
      toks.push(tok);
      sp = false;
      heredocs.push({ term: hm[3], squiggly: hm[1] === '~', dash: hm[1] === '-', tok, raw: hm[2] === "'" });
      i += hm[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      const startLine = line;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          s += src[j] + src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '\n') line++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new RubySyntaxError(line, 'unterminated string meets end of file');
      i = j + 1;
      if (c === "'") push({ k: 'str', parts: [s.replace(/\\(['\\])/g, '$1')], line: startLine });
      else push({ k: 'str', parts: readInterp(unescape(s.replace(/\\#/g, '\u0000')).replace(/\u0000/g, '\\#'), startLine).map((p) => (typeof p === 'string' ? p.replace(/\\#/g, '#') : p)), line: startLine });
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^\d[\d_]*(\.\d+)?/.exec(src.slice(i))!;
      // "1..3" is a range, not a float
      if (m[1] && src[i + m[0].length - m[1].length + 1] === '.') {
        const intPart = /^\d[\d_]*/.exec(src.slice(i))![0];
        push({ k: 'num', v: Number(intPart.replace(/_/g, '')) });
        i += intPart.length;
        continue;
      }
      push({ k: 'num', v: Number(m[0].replace(/_/g, '')) });
      i += m[0].length;
      continue;
    }
    if (c === ':' && /[A-Za-z_"]/.test(src[i + 1] ?? '') && src[i + 1] !== ':') {
      if (src[i + 1] === '"') {
        const end = src.indexOf('"', i + 2);
        if (end < 0) throw new RubySyntaxError(line, 'unterminated quoted string meets end of file');
        push({ k: 'sym', v: src.slice(i + 2, end) });
        i = end + 1;
        continue;
      }
      const m = /^:([A-Za-z_][A-Za-z0-9_]*[?!]?)/.exec(src.slice(i))!;
      push({ k: 'sym', v: m[1] });
      i += m[0].length;
      continue;
    }
    if (c === '@') {
      const m = /^@@?[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      if (m) {
        push({ k: 'ivar', v: m[0] });
        i += m[0].length;
        continue;
      }
    }
    if (c === '$') {
      const m = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      if (m) {
        push({ k: 'ivar', v: m[0] });
        i += m[0].length;
        continue;
      }
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*[?!]?/.exec(src.slice(i))!;
      const word = m[0];
      // label "key:" (but not "key::")
      if (src[i + word.length] === ':' && src[i + word.length + 1] !== ':' && !KEYWORDS.has(word)) {
        push({ k: 'label', v: word });
        i += word.length + 1;
        continue;
      }
      push(/^[A-Z]/.test(word) ? { k: 'const', v: word } : { k: 'id', v: word });
      i += word.length;
      continue;
    }
    // %w(a b c) and %i(a b c): arrays of words or symbols, as the brackets and commas they stand for
    const pct = /^%([wWiI])([([{<]|[^\sA-Za-z0-9])/.exec(src.slice(i));
    if (c === '%' && pct) {
      const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[pct[2]] ?? pct[2];
      const end = src.indexOf(close, i + 3);
      if (end < 0) throw new RubySyntaxError(line, 'unterminated list meets end of file');
      const words = src.slice(i + 3, end).split(/\s+/).filter(Boolean);
      push({ k: 'op', v: '[' });
      words.forEach((w, n) => {
        if (n) push({ k: 'op', v: ',' });
        push(/[iI]/.test(pct[1]) ? { k: 'sym', v: w } : { k: 'str', parts: [w] });
      });
      push({ k: 'op', v: ']' });
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end + 1;
      continue;
    }
    const ops = ['...', '..', '::', '==', '!=', '>=', '<=', '=>', '&&', '||', '+=', '-=', '*=', '<<', '**', '=', '.', ',', '(', ')', '[', ']', '{', '}', '|', '+', '-', '*', '/', '%', '<', '>', '!', '?', ':', ';', '&'];
    const op = ops.find((o) => src.startsWith(o, i));
    if (!op) throw new RubySyntaxError(line, `Invalid char '${c}' in expression`);
    push({ k: 'op', v: op });
    i += op.length;
  }
  if (heredocs.length) throw new RubySyntaxError(line, `can't find string "${heredocs[0].term}" anywhere before EOF`);
  push({ k: 'eof' });
  return toks;
}

