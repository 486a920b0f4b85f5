// jq 1.6's tokens (lexer.l): fields, variables, identifiers, keywords, numbers, strings with \( ) interpolation,
// @formats and operators. A close bracket without its opener is INVALID_CHARACTER, as the real lexer has it.

import { parseJson } from './json';

export type TokKind = 'IDENT' | 'FIELD' | 'VAR' | 'NUM' | 'STR' | 'FORMAT' | 'KW' | 'OP' | 'INVALID' | 'EOF';

export interface StrPart {
  text?: string;
  /** Tokens of an interpolation `\( ... )`. */
  toks?: Tok[];
  pos: number;
}

export interface Tok {
  kind: TokKind;
  text: string;
  pos: number;
  num?: number;
  parts?: StrPart[];
}

export class CompileError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly extra: { msg: string; pos: number }[] = [],
  ) {
    super(message);
  }
}

const KEYWORDS = new Set(['def', 'if', 'then', 'elif', 'else', 'end', 'as', 'reduce', 'foreach', 'try', 'catch', 'label', 'import', 'include', 'and', 'or', '__loc__']);
const OPS = ['?//', '|=', '+=', '-=', '*=', '/=', '%=', '//=', '==', '!=', '<=', '>=', '//', '..', 'and', '|', ',', '+', '-', '*', '/', '%', '=', '<', '>', '.', '[', ']', '{', '}', '(', ')', ':', ';', '?', '$'];
const ID0 = /[a-zA-Z_]/;
const ID = /[a-zA-Z_0-9]/;

export function lex(src: string, start = 0, untilParen = false): { toks: Tok[]; end: number } {
  const toks: Tok[] = [];
  const brackets: string[] = [];
  let i = start;
  const close: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const pos = i;
    if (c === '"') {
      const r = lexString(src, i + 1);
      toks.push({ kind: 'STR', text: src.slice(i, r.end), pos, parts: r.parts });
      i = r.end;
      continue;
    }
    if (c === '@' && ID0.test(src[i + 1] ?? '')) {
      let j = i + 1;
      while (j < src.length && ID.test(src[j])) j++;
      toks.push({ kind: 'FORMAT', text: src.slice(i, j), pos });
      i = j;
      continue;
    }
    if (c === '.' && ID0.test(src[i + 1] ?? '')) {
      let j = i + 1;
      while (j < src.length && ID.test(src[j])) j++;
      toks.push({ kind: 'FIELD', text: src.slice(i + 1, j), pos });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
      toks.push({ kind: 'NUM', text: m[0], pos, num: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (c === '$' && src.startsWith('$__loc__', i)) {
      toks.push({ kind: 'KW', text: '$__loc__', pos });
      i += 8;
      continue;
    }
    if (ID0.test(c)) {
      let j = i;
      while (j < src.length && (ID.test(src[j]) || (src[j] === ':' && src[j + 1] === ':' && ID0.test(src[j + 2] ?? '') && (j += 1)))) j++;
      const w = src.slice(i, j);
      toks.push({ kind: KEYWORDS.has(w) ? 'KW' : 'IDENT', text: w, pos });
      i = j;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i) && !/[a-z]/.test(o));
    if (!op) {
      toks.push({ kind: 'INVALID', text: c, pos });
      i++;
      continue;
    }
    if (op === '(' || op === '[' || op === '{') brackets.push(op);
    if (op in close) {
      if (!brackets.length && untilParen && op === ')') return { toks, end: i + 1 };
      if (brackets[brackets.length - 1] !== close[op]) {
        toks.push({ kind: 'INVALID', text: op, pos });
        i++;
        continue;
      }
      brackets.pop();
    }
    toks.push({ kind: 'OP', text: op, pos });
    i += op.length;
  }
  if (untilParen) throw new CompileError('syntax error, unexpected $end', toks.length ? toks[toks.length - 1].pos : start);
  toks.push({ kind: 'EOF', text: '$end', pos: toks.length ? toks[toks.length - 1].pos : 0 });
  return { toks, end: i };
}

function lexString(src: string, i: number): { parts: StrPart[]; end: number } {
  const parts: StrPart[] = [];
  let text = '';
  let tpos = i;
  const flush = () => {
    if (text) parts.push({ text, pos: tpos });
    text = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '"') {
      flush();
      return { parts, end: i + 1 };
    }
    if (c === '\\') {
      const e = src[i + 1];
      if (e === '(') {
        flush();
        const r = lex(src, i + 2, true);
        parts.push({ toks: [...r.toks, { kind: 'EOF', text: '$end', pos: r.end - 1 }], pos: i });
        i = r.end;
        tpos = i;
        continue;
      }
      const simple: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r' };
      if (e !== undefined && e in simple) {
        text += simple[e];
        i += 2;
        continue;
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        let cp = parseInt(src.slice(i + 2, i + 6), 16);
        i += 6;
        if (cp >= 0xd800 && cp <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(src.slice(i, i + 6))) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (parseInt(src.slice(i + 2, i + 6), 16) - 0xdc00);
          i += 6;
        }
        text += String.fromCodePoint(cp);
        continue;
      }
      // the lexer takes the text as it is and jv_parse reads it: its message names the text between the quotes
      let end = tpos;
      while (end < src.length && src[end] !== '"' && !(src[end] === '\\' && src[end + 1] === '(')) end += src[end] === '\\' ? 2 : 1;
      const seg = '"' + src.slice(tpos, end) + '"';
      const r = parseJson(seg);
      throw new CompileError(`${'error' in r ? r.error : 'Invalid escape'} (while parsing '${seg}')`, tpos);
    }
    text += c;
    i++;
  }
  throw new CompileError('syntax error, unexpected $end, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END', tpos);
}
