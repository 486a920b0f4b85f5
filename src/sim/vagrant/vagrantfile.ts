// The Ruby subset that real Vagrantfiles use, evaluated into machine configs.
// Supports: comments, constants/locals, strings with #{} interpolation, heredocs (<<-X, <<~X),
// numbers, symbols, arrays, hashes, ranges, + - * /, method calls with or without parentheses,
// keyword arguments, do...end / { } blocks with |params|, (a..b).each, N.times, each on arrays, if/unless.
import type { MachineConfig, Provisioner } from '../types';

export type VagrantfileResult =
  | { ok: true; machines: MachineConfig[]; errors: Map<string, string[]> }
  | { ok: false; kind: 'syntax'; message: string }
  | { ok: false; kind: 'name' | 'load'; line: number; message: string; exceptionClass?: string };

// ------------------------------------------------------------------ lexer

type T =
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
type Tok = T;

class RubySyntaxError extends Error {
  constructor(readonly line: number, msg: string) {
    super(msg);
  }
}

const KEYWORDS = new Set(['do', 'end', 'if', 'unless', 'else', 'elsif', 'then', 'true', 'false', 'nil', 'and', 'or', 'not']);

function lex(src: string): Tok[] {
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

// ------------------------------------------------------------------ parser

type Node =
  | { t: 'lit'; v: Value; line: number }
  | { t: 'str'; parts: (string | Node)[]; line: number }
  | { t: 'arr'; items: Node[]; line: number }
  | { t: 'hash'; pairs: [Node, Node][]; line: number }
  | { t: 'range'; a: Node; b: Node; excl: boolean; line: number }
  | { t: 'var'; name: string; line: number }
  | { t: 'call'; recv: Node | null; name: string; args: Node[]; kwargs: [string, Node][]; block: Block | null; line: number; paren: boolean }
  | { t: 'assign'; target: Node; value: Node; op: string; line: number }
  | { t: 'bin'; op: string; a: Node; b: Node; line: number }
  | { t: 'not'; a: Node; line: number }
  | { t: 'if'; cond: Node; then: Node[]; else: Node[]; line: number }
  | { t: 'index'; recv: Node; idx: Node; line: number };
interface Block {
  params: string[];
  body: Node[];
}

function describe(t: Tok): string {
  switch (t.k) {
    case 'eof':
      return 'end-of-input';
    case 'nl':
      return "'\\n'";
    case 'str':
      return 'string literal';
    case 'num':
      return 'integer literal';
    case 'id':
      return KEYWORDS.has(t.v) ? `\`${t.v}'` : 'local variable or method';
    case 'const':
      return 'constant';
    case 'label':
      return 'label';
    case 'op':
      return `'${t.v}'`;
    default:
      return t.k;
  }
}

class Parser {
  i = 0;
  constructor(readonly toks: Tok[]) {}
  peek(o = 0): Tok {
    return this.toks[Math.min(this.i + o, this.toks.length - 1)];
  }
  next(): Tok {
    return this.toks[this.i++];
  }
  isOp(v: string, o = 0): boolean {
    const t = this.peek(o);
    return t.k === 'op' && t.v === v;
  }
  isKw(v: string, o = 0): boolean {
    const t = this.peek(o);
    return t.k === 'id' && t.v === v;
  }
  fail(expecting?: string): never {
    const t = this.peek();
    throw new RubySyntaxError(t.line, `syntax error, unexpected ${describe(t)}${expecting ? `, expecting ${expecting}` : ''}`);
  }
  expectOp(v: string): void {
    if (!this.isOp(v)) this.fail(`'${v}'`);
    this.i++;
  }
  skipNl(): void {
    while (this.peek().k === 'nl' || this.isOp(';')) this.i++;
  }

  /** Comma-separated items up to `close` (the opener already read), newlines allowed between them. */
  bracketed<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    this.skipNl();
    while (!this.isOp(close)) {
      items.push(item());
      this.skipNl();
      if (!this.isOp(',')) break;
      this.i++;
      this.skipNl();
    }
    this.skipNl();
    this.expectOp(close);
    return items;
  }

  program(): Node[] {
    const body = this.stmts(['eof']);
    if (this.peek().k !== 'eof') this.fail('end-of-input');
    return body;
  }

  /** Statements until one of the terminators (keywords 'end', 'else', 'elsif', op '}', 'eof'). */
  stmts(terms: string[]): Node[] {
    const out: Node[] = [];
    for (;;) {
      this.skipNl();
      const t = this.peek();
      if (t.k === 'eof') {
        if (!terms.includes('eof')) this.fail("`end'");
        return out;
      }
      if (t.k === 'id' && (t.v === 'end' || t.v === 'else' || t.v === 'elsif') && terms.includes(t.v)) return out;
      if (t.k === 'op' && t.v === '}' && terms.includes('}')) return out;
      if (t.k === 'id' && t.v === 'end' && !terms.includes('end')) this.fail('end-of-input');
      out.push(this.stmt());
      const n = this.peek();
      if (!(n.k === 'nl' || n.k === 'eof' || (n.k === 'op' && (n.v === ';' || n.v === '}')) || (n.k === 'id' && (n.v === 'end' || n.v === 'else' || n.v === 'elsif')))) this.fail();
    }
  }

  stmt(): Node {
    let node = this.expr();
    // modifiers: x if cond
    while (this.isKw('if') || this.isKw('unless')) {
      const kw = (this.next() as { v: string }).v;
      const cond = this.expr();
      node = { t: 'if', cond: kw === 'if' ? cond : { t: 'not', a: cond, line: cond.line }, then: [node], else: [], line: node.line };
    }
    return node;
  }

  expr(): Node {
    const left = this.ternaryOrBinary();
    if (this.isOp('=') || this.isOp('+=') || this.isOp('-=') || this.isOp('*=')) {
      const op = (this.next() as { v: string }).v;
      if (!(left.t === 'var' || (left.t === 'call' && left.args.length === 0 && !left.block) || left.t === 'index')) this.fail();
      this.skipNl();
      const value = this.expr();
      return { t: 'assign', target: left, value, op, line: left.line };
    }
    return left;
  }

  ternaryOrBinary(): Node {
    const cond = this.binary(0);
    if (this.isOp('?')) {
      this.i++;
      const a = this.expr();
      this.expectOp(':');
      const b = this.expr();
      return { t: 'if', cond, then: [a], else: [b], line: cond.line };
    }
    return cond;
  }

  static PREC: Record<string, number> = { or: 1, and: 1, '||': 2, '&&': 3, '==': 4, '!=': 4, '<': 5, '>': 5, '<=': 5, '>=': 5, '..': 6, '...': 6, '+': 7, '-': 7, '*': 8, '/': 8, '%': 8, '**': 9 };

  binary(min: number): Node {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const op = t.k === 'op' ? t.v : t.k === 'id' && (t.v === 'and' || t.v === 'or') ? t.v : null;
      if (!op || !(op in Parser.PREC) || Parser.PREC[op] <= min - 1 || Parser.PREC[op] < min) break;
      // "foo -1" style ambiguity is ignored: binary minus
      this.i++;
      this.skipNl();
      const right = this.binary(Parser.PREC[op] + 1);
      if (op === '..' || op === '...') left = { t: 'range', a: left, b: right, excl: op === '...', line: left.line };
      else left = { t: 'bin', op, a: left, b: right, line: left.line };
    }
    return left;
  }

  unary(): Node {
    if (this.isOp('!') || this.isKw('not')) {
      const line = this.next().line;
      return { t: 'not', a: this.unary(), line };
    }
    if (this.isOp('-') && this.peek(1).k === 'num') {
      this.i++;
      const n = this.next() as { v: number; line: number };
      return this.postfix({ t: 'lit', v: -n.v, line: n.line });
    }
    return this.postfix(this.primary());
  }

  /** Can the next token start a command argument (call without parentheses)? */
  startsArg(): boolean {
    const t = this.peek();
    if (!t.sp) return t.k === 'str' && false;
    switch (t.k) {
      case 'str':
      case 'num':
      case 'sym':
      case 'label':
      case 'const':
      case 'ivar':
        return true;
      case 'id':
        return !KEYWORDS.has(t.v) || t.v === 'true' || t.v === 'false' || t.v === 'nil';
      case 'op':
        return t.v === '[' || t.v === '(' || (t.v === '-' && !this.peek(1).sp) || t.v === ':' || (t.v === '!' && !this.peek(1).sp);
      default:
        return false;
    }
  }

  callArgs(node: Extract<Node, { t: 'call' }>, closer: string | null): void {
    for (;;) {
      if (closer) this.skipNl();
      if (closer && this.isOp(closer)) break;
      const t = this.peek();
      if (t.k === 'label') {
        this.i++;
        this.skipNl();
        node.kwargs.push([t.v, this.ternaryOrBinary()]);
      } else if ((t.k === 'sym' || t.k === 'str') && this.isOp('=>', 1)) {
        this.i += 2;
        const key = t.k === 'sym' ? t.v : (t.parts.join('') as string);
        node.kwargs.push([key, this.ternaryOrBinary()]);
      } else node.args.push(this.ternaryOrBinary());
      if (this.isOp(',')) {
        this.i++;
        this.skipNl();
        continue;
      }
      break;
    }
    if (closer) {
      this.skipNl();
      this.expectOp(closer);
    }
  }

  block(): Block | null {
    if (this.isKw('do')) {
      this.i++;
      const params = this.blockParams();
      const body = this.stmts(['end']);
      if (!this.isKw('end')) this.fail("`end'");
      this.i++;
      return { params, body };
    }
    if (this.isOp('{')) {
      this.i++;
      const params = this.blockParams();
      const body = this.stmts(['}']);
      this.expectOp('}');
      return { params, body };
    }
    return null;
  }

  blockParams(): string[] {
    while (this.peek().k === 'nl') this.i++;
    if (!this.isOp('|')) return [];
    this.i++;
    const params: string[] = [];
    while (!this.isOp('|')) {
      const t = this.next();
      if (t.k === 'id') params.push(t.v);
      else if (!(t.k === 'op' && t.v === ',')) {
        this.i--;
        this.fail("'|'");
      }
    }
    this.i++;
    return params;
  }

  postfix(node: Node): Node {
    for (;;) {
      if (this.isOp('.') || (this.isOp('::') && this.peek(1).k !== 'nl')) {
        this.i++;
        this.skipNl();
        const t = this.next();
        if (t.k !== 'id' && t.k !== 'const') {
          this.i--;
          this.fail();
        }
        const call: Extract<Node, { t: 'call' }> = { t: 'call', recv: node, name: t.v, args: [], kwargs: [], block: null, line: t.line, paren: false };
        if (this.isOp('(') && !this.peek().sp) {
          this.i++;
          call.paren = true;
          this.callArgs(call, ')');
        } else if (this.startsArg() && !this.isOp('=')) {
          this.callArgs(call, null);
        }
        call.block = this.block();
        node = call;
        continue;
      }
      if (this.isOp('[') && !this.peek().sp) {
        this.i++;
        const idx = this.expr();
        this.expectOp(']');
        node = { t: 'index', recv: node, idx, line: node.line };
        continue;
      }
      return node;
    }
  }

  primary(): Node {
    const t = this.next();
    switch (t.k) {
      case 'num':
        return { t: 'lit', v: t.v, line: t.line };
      case 'sym':
        return { t: 'lit', v: { sym: t.v }, line: t.line };
      case 'str': {
        const parts: (string | Node)[] = t.parts.map((p) => {
          if (typeof p === 'string') return p;
          const sub = new Parser([...p, { k: 'eof', line: t.line, sp: false }]);
          const body = sub.stmts(['eof']);
          return body[body.length - 1] ?? { t: 'lit', v: '', line: t.line };
        });
        let node: Node = { t: 'str', parts, line: t.line };
        // adjacent string literals concatenate
        while (this.peek().k === 'str' && this.peek().sp) {
          const n = this.primary();
          node = { t: 'bin', op: '+', a: node, b: n, line: t.line };
        }
        return node;
      }
      case 'ivar':
        return { t: 'var', name: t.v, line: t.line };
      case 'const':
      case 'id': {
        if (t.k === 'id') {
          if (t.v === 'true') return { t: 'lit', v: true, line: t.line };
          if (t.v === 'false') return { t: 'lit', v: false, line: t.line };
          if (t.v === 'nil') return { t: 'lit', v: null, line: t.line };
          if (t.v === 'if' || t.v === 'unless') return this.ifExpr(t.v, t.line);
          if (KEYWORDS.has(t.v)) {
            this.i--;
            this.fail();
          }
        }
        const call: Extract<Node, { t: 'call' }> = { t: 'call', recv: null, name: t.v, args: [], kwargs: [], block: null, line: t.line, paren: false };
        if (this.isOp('(') && !this.peek().sp) {
          this.i++;
          call.paren = true;
          this.callArgs(call, ')');
          call.block = this.block();
          return call;
        }
        if (this.startsArg() && !(this.peek().k === 'op' && (this.peek() as { v: string }).v === '[' && t.k === 'const')) {
          this.callArgs(call, null);
          call.block = this.block();
          return call;
        }
        const blk = this.isKw('do') || (this.isOp('{') && t.k === 'id') ? this.block() : null;
        if (blk) {
          call.block = blk;
          return call;
        }
        return { t: 'var', name: t.v, line: t.line };
      }
      case 'op': {
        if (t.v === '(') {
          this.skipNl();
          const e = this.expr();
          this.skipNl();
          this.expectOp(')');
          return e;
        }
        if (t.v === '[') {
          const items = this.bracketed(']', () => this.ternaryOrBinary());
          return { t: 'arr', items, line: t.line };
        }
        if (t.v === '{') {
          const pairs = this.bracketed('}', (): [Node, Node] => {
            const k = this.peek();
            if (k.k === 'label') {
              this.i++;
              return [{ t: 'lit', v: { sym: k.v }, line: k.line }, this.ternaryOrBinary()];
            }
            const key = this.ternaryOrBinary();
            this.expectOp('=>');
            return [key, this.ternaryOrBinary()];
          });
          return { t: 'hash', pairs, line: t.line };
        }
        this.i--;
        return this.fail();
      }
      default:
        this.i--;
        return this.fail();
    }
  }

  ifExpr(kw: string, line: number): Node {
    let cond = this.expr();
    if (kw === 'unless') cond = { t: 'not', a: cond, line };
    if (this.isKw('then')) this.i++;
    const then = this.stmts(['end', 'else', 'elsif']);
    let els: Node[] = [];
    if (this.isKw('elsif')) {
      const l = this.next().line;
      els = [this.ifExpr('if', l)];
      return { t: 'if', cond, then, else: els, line };
    }
    if (this.isKw('else')) {
      this.i++;
      els = this.stmts(['end']);
    }
    if (!this.isKw('end')) this.fail("`end'");
    this.i++;
    return { t: 'if', cond, then, else: els, line };
  }
}

// ------------------------------------------------------------------ evaluator

type Value = string | number | boolean | null | { sym: string } | Value[] | Map<string, Value> | RangeV | Obj;
interface RangeV {
  range: [number, number];
}
interface Obj {
  obj: ConfigObj;
}

class NameErr extends Error {
  constructor(readonly line: number, msg: string, readonly cls = 'NameError') {
    super(msg);
  }
}

/** A configuration namespace (config, config.vm, vb) that records settings. */
class ConfigObj {
  settings = new Map<string, Value>();
  calls: { name: string; args: Value[]; kwargs: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] = [];
  constructor(readonly kind: 'root' | 'vm' | 'ssh' | 'provider' | 'provision' | 'other', readonly section: string) {}
}

const VM_SETTINGS = new Set(['box', 'box_version', 'box_url', 'box_check_update', 'hostname', 'host_name', 'boot_timeout', 'communicator', 'guest', 'graceful_halt_timeout', 'post_up_message', 'usable_port_range', 'base_mac', 'box_download_insecure', 'allow_hosts_modification', 'disk', 'cloud_init', 'ignore_box_vagrantfile', 'allowed_synced_folder_types', 'base_address']);
const VM_CALLS = new Set(['define', 'network', 'provider', 'provision', 'synced_folder', 'disk', 'cloud_init']);
const VB_SETTINGS = new Set(['memory', 'cpus', 'name', 'gui', 'linked_clone', 'check_guest_additions', 'default_nic_type', 'functional_vboxsf']);
const VB_CALLS = new Set(['customize']);
const SSH_SETTINGS = new Set(['insert_key', 'username', 'password', 'private_key_path', 'forward_agent', 'forward_x11', 'keep_alive', 'shell', 'port', 'host', 'connect_timeout']);
const ROOT_SECTIONS = new Set(['vm', 'ssh', 'winrm', 'winssh', 'vagrant', 'push', 'trigger', 'package', 'nfs']);

interface Env {
  vars: Map<string, Value>;
  parent: Env | null;
}

function lookup(env: Env, name: string): Value | undefined {
  for (let e: Env | null = env; e; e = e.parent) if (e.vars.has(name)) return e.vars.get(name);
  return undefined;
}
function assignVar(env: Env, name: string, v: Value): void {
  for (let e: Env | null = env; e; e = e.parent)
    if (e.vars.has(name)) {
      e.vars.set(name, v);
      return;
    }
  env.vars.set(name, v);
}

function toS(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(inspect).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${k}: ${inspect(x)}`).join(', ') + '}';
  if ('sym' in v) return v.sym;
  if ('range' in v) return `${v.range[0]}..${v.range[1]}`;
  return '#<Object>';
}
function inspect(v: Value): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'nil';
  if (typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && 'sym' in v) return ':' + v.sym;
  return toS(v);
}
function typeName(v: Value): string {
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return 'Array';
  if (v instanceof Map) return 'Hash';
  if ('sym' in v) return 'Symbol';
  if ('range' in v) return 'Range';
  return 'Object';
}
function truthy(v: Value): boolean {
  return v !== null && v !== false;
}

class Evaluator {
  root = new ConfigObj('root', 'root');
  configured = false;
  steps = 0;

  run(body: Node[], env: Env): void {
    for (const n of body) this.eval(n, env);
  }

  eval(n: Node, env: Env): Value {
    if (++this.steps > 200_000) throw new NameErr(n.line, 'stack level too deep', 'SystemStackError');
    switch (n.t) {
      case 'lit':
        return n.v;
      case 'str':
        return n.parts.map((p) => (typeof p === 'string' ? p : toS(this.eval(p, env)))).join('');
      case 'arr':
        return n.items.map((x) => this.eval(x, env));
      case 'hash': {
        const m = new Map<string, Value>();
        for (const [k, v] of n.pairs) m.set(toS(this.eval(k, env)), this.eval(v, env));
        return m;
      }
      case 'range': {
        const a = this.eval(n.a, env);
        const b = this.eval(n.b, env);
        if (typeof a !== 'number' || typeof b !== 'number') throw new NameErr(n.line, 'bad value for range', 'ArgumentError');
        return { range: [a, n.excl ? b - 1 : b] };
      }
      case 'var': {
        const v = lookup(env, n.name);
        if (v !== undefined) return v;
        if (n.name.startsWith('@') || n.name.startsWith('$')) return null;
        if (/^[A-Z]/.test(n.name)) throw new NameErr(n.line, `uninitialized constant ${n.name}`);
        throw new NameErr(n.line, `undefined local variable or method \`${n.name}' for main:Object`);
      }
      case 'not':
        return !truthy(this.eval(n.a, env));
      case 'if':
        if (truthy(this.eval(n.cond, env))) {
          let last: Value = null;
          for (const s of n.then) last = this.eval(s, env);
          return last;
        } else {
          let last: Value = null;
          for (const s of n.else) last = this.eval(s, env);
          return last;
        }
      case 'index': {
        const r = this.eval(n.recv, env);
        const i = this.eval(n.idx, env);
        if (Array.isArray(r) && typeof i === 'number') return r[i < 0 ? r.length + i : i] ?? null;
        if (r instanceof Map) return r.get(toS(i)) ?? null;
        if (typeof r === 'string' && typeof i === 'number') return r[i] ?? null;
        throw new NameErr(n.line, `undefined method \`[]' for ${typeName(r)}`, 'NoMethodError');
      }
      case 'bin':
        return this.bin(n, env);
      case 'assign': {
        let v = this.eval(n.value, env);
        if (n.op !== '=') {
          const cur = this.eval(n.target, env);
          v = this.arith(n.op[0], cur, v, n.line);
        }
        if (n.target.t === 'var') {
          assignVar(env, n.target.name, v);
          return v;
        }
        if (n.target.t === 'call' && n.target.recv) {
          const obj = this.eval(n.target.recv, env);
          if (obj && typeof obj === 'object' && 'obj' in obj) {
            obj.obj.settings.set(n.target.name, v);
            return v;
          }
          throw new NameErr(n.line, `undefined method \`${n.target.name}=' for ${typeName(obj)}`, 'NoMethodError');
        }
        return v;
      }
      case 'call':
        return this.call(n, env);
    }
  }

  arith(op: string, a: Value, b: Value, line: number): Value {
    if (op === '+') {
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (typeof a === 'string') throw new NameErr(line, `no implicit conversion of ${typeName(b)} into String`, 'TypeError');
      throw new NameErr(line, `${typeName(b)} can't be coerced into ${typeName(a)}`, 'TypeError');
    }
    if (typeof a === 'number' && typeof b === 'number') {
      if (op === '-') return a - b;
      if (op === '*') return a * b;
      if (op === '/') {
        if (b === 0) throw new NameErr(line, 'divided by 0', 'ZeroDivisionError');
        return Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
      }
      if (op === '%') return a % b;
      if (op === '**') return a ** b;
    }
    if (op === '*' && typeof a === 'string' && typeof b === 'number') return a.repeat(Math.max(0, Math.min(b, 1000)));
    throw new NameErr(line, `undefined method \`${op}' for ${typeName(a)}`, 'NoMethodError');
  }

  bin(n: Extract<Node, { t: 'bin' }>, env: Env): Value {
    if (n.op === '&&' || n.op === 'and') return truthy(this.eval(n.a, env)) ? this.eval(n.b, env) : false;
    if (n.op === '||' || n.op === 'or') {
      const a = this.eval(n.a, env);
      return truthy(a) ? a : this.eval(n.b, env);
    }
    const a = this.eval(n.a, env);
    const b = this.eval(n.b, env);
    switch (n.op) {
      case '==':
        return toS(a) === toS(b) && typeName(a) === typeName(b);
      case '!=':
        return !(toS(a) === toS(b) && typeName(a) === typeName(b));
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) throw new NameErr(n.line, `comparison of ${typeName(a)} with ${typeName(b)} failed`, 'ArgumentError');
        const x = a as number | string;
        const y = b as number | string;
        return n.op === '<' ? x < y : n.op === '>' ? x > y : n.op === '<=' ? x <= y : x >= y;
      }
      default:
        return this.arith(n.op, a, b, n.line);
    }
  }

  callBlock(block: Block, args: Value[], env: Env): Value {
    const inner: Env = { vars: new Map(), parent: env };
    block.params.forEach((p, i) => inner.vars.set(p, args[i] ?? null));
    let last: Value = null;
    for (const s of block.body) last = this.eval(s, inner);
    return last;
  }

  call(n: Extract<Node, { t: 'call' }>, env: Env): Value {
    if (!n.recv) {
      // local variable shadowing a call without args
      if (!n.args.length && !n.kwargs.length && !n.block) {
        const v = lookup(env, n.name);
        if (v !== undefined) return v;
      }
      if (['puts', 'print', 'p', 'require', 'require_relative'].includes(n.name)) return null;
      if (n.name === 'raise') throw new NameErr(n.line, toS(n.args[0] ? this.eval(n.args[0], env) : 'unhandled exception'), 'RuntimeError');
      if (n.name === 'lambda' || n.name === 'proc') return null;
      throw new NameErr(n.line, `undefined ${n.args.length ? 'method' : 'local variable or method'} \`${n.name}' for main:Object`, n.args.length ? 'NoMethodError' : 'NameError');
    }
    if (n.recv.t === 'var' && n.recv.name === 'Vagrant' && lookup(env, 'Vagrant') === undefined) {
      if (n.name === 'configure') {
        const ver = n.args[0] ? toS(this.eval(n.args[0], env)) : '';
        if (ver !== '2' && ver !== '1') throw new NameErr(n.line, `Unknown configuration version: ${ver}`, 'RuntimeError');
        this.configured = true;
        if (n.block) this.callBlock(n.block, [{ obj: this.root }], env);
        return null;
      }
      if (n.name === 'has_plugin?') return false;
      if (n.name === 'require_version') return null;
      throw new NameErr(n.line, `undefined method \`${n.name}' for Vagrant:Module`, 'NoMethodError');
    }
    if (n.recv.t === 'var' && n.recv.name === 'ENV' && lookup(env, 'ENV') === undefined) return null;
    const recv = this.eval(n.recv, env);
    const args = n.args.map((a) => this.eval(a, env));
    const kwargs = new Map<string, Value>(n.kwargs.map(([k, v]) => [k, this.eval(v, env)]));
    if (recv && typeof recv === 'object' && 'obj' in recv) return this.configCall(recv.obj, n, args, kwargs, env);
    return this.builtinMethod(recv, n, args, env);
  }

  configCall(o: ConfigObj, n: Extract<Node, { t: 'call' }>, args: Value[], kwargs: Map<string, Value>, env: Env): Value {
    const name = n.name;
    if (o.kind === 'root') {
      let sub = o.settings.get(name);
      if (!sub) {
        const kind = name === 'vm' ? 'vm' : name === 'ssh' ? 'ssh' : 'other';
        sub = { obj: new ConfigObj(kind, name) };
        o.settings.set(name, sub);
      }
      return sub;
    }
    if (!args.length && !kwargs.size && !n.block && o.settings.has(name)) return o.settings.get(name)!;
    const block = n.block;
    o.calls.push({
      name,
      args,
      kwargs,
      block: block
        ? (child: ConfigObj) => {
            this.callBlock(block, [{ obj: child }, ...(name === 'provider' ? [{ obj: child }] : [])], env);
          }
        : null,
    });
    return null;
  }

  builtinMethod(recv: Value, n: Extract<Node, { t: 'call' }>, args: Value[], env: Env): Value {
    const name = n.name;
    const each = (items: Value[]) => {
      if (n.block) for (const it of items) this.callBlock(n.block, [it], env);
      return recv;
    };
    if (recv && typeof recv === 'object' && !Array.isArray(recv) && !(recv instanceof Map) && 'range' in recv) {
      const items: number[] = [];
      for (let i = recv.range[0]; i <= recv.range[1] && items.length < 1000; i++) items.push(i);
      if (name === 'each') return each(items);
      if (name === 'to_a') return items;
      if (name === 'map' && n.block) return items.map((x) => this.callBlock(n.block!, [x], env));
    }
    if (Array.isArray(recv)) {
      if (name === 'each') return each(recv);
      if (name === 'each_with_index') {
        if (n.block) recv.forEach((x, i) => this.callBlock(n.block!, [x, i], env));
        return recv;
      }
      if (name === 'map' && n.block) return recv.map((x) => this.callBlock(n.block!, [x], env));
      if (name === 'length' || name === 'size' || name === 'count') return recv.length;
      if (name === 'join') return recv.map(toS).join(args[0] !== undefined ? toS(args[0]) : '');
      if (name === 'first') return recv[0] ?? null;
      if (name === 'last') return recv[recv.length - 1] ?? null;
    }
    if (recv instanceof Map && name === 'each') {
      if (n.block) for (const [k, v] of recv) this.callBlock(n.block, [k, v], env);
      return recv;
    }
    if (typeof recv === 'number') {
      if (name === 'times') return each(Array.from({ length: Math.max(0, Math.min(recv, 1000)) }, (_, i) => i));
      if (name === 'to_s') return String(recv);
      if (name === 'to_i') return Math.trunc(recv);
      if (name === 'upto' && typeof args[0] === 'number') {
        const items: number[] = [];
        for (let i = recv; i <= args[0] && items.length < 1000; i++) items.push(i);
        return each(items);
      }
    }
    if (typeof recv === 'string') {
      if (name === 'to_s') return recv;
      if (name === 'to_i') return parseInt(recv, 10) || 0;
      if (name === 'upcase') return recv.toUpperCase();
      if (name === 'downcase') return recv.toLowerCase();
      if (name === 'strip') return recv.trim();
      if (name === 'length' || name === 'size') return recv.length;
    }
    if (name === 'to_s') return toS(recv);
    if (name === 'nil?') return recv === null;
    if (name === 'freeze') return recv;
    throw new NameErr(n.line, `undefined method \`${name}' for ${recv === null ? 'nil' : `an instance of ${typeName(recv)}`}`, 'NoMethodError');
  }
}

// ------------------------------------------------------------------ to machine configs

function num(v: Value | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  return null;
}
function str(v: Value | undefined): string | null {
  if (v === undefined || v === null) return null;
  return toS(v);
}

function emptyMachine(name: string): MachineConfig {
  return {
    name, box: null, boxVersion: null, boxUrl: null, hostname: null, privateIps: [], forwardedPorts: [], cpus: null, memory: null,
    vmName: null, gui: false, provisioners: [], syncedFolders: [], primary: false, autostart: true,
  };
}

/** Apply a vm config namespace onto a machine config; collect errors by section. */
function applyVm(vm: ConfigObj, m: MachineConfig, errors: Map<string, string[]>, defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] | null): void {
  const err = (section: string, msg: string) => {
    const list = errors.get(section) ?? [];
    if (!list.includes(msg)) list.push(msg);
    errors.set(section, list);
  };
  const bad: string[] = [];
  for (const [k, v] of vm.settings) {
    if (!VM_SETTINGS.has(k)) {
      bad.push(k);
      continue;
    }
    if (k === 'box') m.box = str(v);
    else if (k === 'box_version') m.boxVersion = str(v);
    else if (k === 'box_url') m.boxUrl = str(v);
    else if (k === 'hostname' || k === 'host_name') m.hostname = str(v);
  }
  for (const c of vm.calls) {
    switch (c.name) {
      case 'define':
        if (defines) defines.push({ name: toS(c.args[0] ?? ''), opts: c.kwargs, block: c.block });
        break;
      case 'network': {
        const type = toS(c.args[0] ?? '');
        if (type === 'private_network') {
          const ip = c.kwargs.get('ip');
          if (ip !== undefined && ip !== null) m.privateIps.push(toS(ip));
          else if (c.kwargs.get('type') !== undefined) m.privateIps.push('dhcp');
          else err('vm', 'An IP is required for a private network.');
        } else if (type === 'forwarded_port') {
          const g = num(c.kwargs.get('guest'));
          const h = num(c.kwargs.get('host'));
          if (g === null || h === null) err('vm', 'Forwarded port definitions require a "host" and "guest" value');
          else m.forwardedPorts.push({ guest: g, host: h, id: str(c.kwargs.get('id')) ?? undefined });
        } else if (type !== 'public_network') err('vm', `Network type '${type}' is invalid. Please use a valid network type.`);
        break;
      }
      case 'provider': {
        const prov = toS(c.args[0] ?? '');
        if (prov === 'virtualbox' && c.block) {
          const vb = new ConfigObj('provider', 'VirtualBox Provider');
          c.block(vb);
          const badVb: string[] = [];
          for (const [k, v] of vb.settings) {
            if (!VB_SETTINGS.has(k)) badVb.push(k);
            else if (k === 'memory') m.memory = num(v) ?? m.memory;
            else if (k === 'cpus') m.cpus = num(v) ?? m.cpus;
            else if (k === 'name') m.vmName = str(v);
            else if (k === 'gui') m.gui = v === true;
          }
          for (const vc of vb.calls) {
            if (!VB_CALLS.has(vc.name)) badVb.push(vc.name);
            else m.customize = (m.customize ?? 0) + 1;
          }
          if (badVb.length) err('VirtualBox Provider', `The following settings shouldn't exist: ${badVb.join(', ')}`);
        }
        break;
      }
      case 'provision': {
        const type = toS(c.args[0] ?? '');
        const p: Provisioner = { type: type === 'file' ? 'file' : 'shell', name: type };
        const inline = c.kwargs.get('inline');
        const path = c.kwargs.get('path');
        const args = c.kwargs.get('args');
        if (inline !== undefined) p.inline = toS(inline);
        if (path !== undefined) p.path = toS(path);
        if (args !== undefined) p.args = Array.isArray(args) ? args.map(toS) : [toS(args)];
        if (c.kwargs.get('run') !== undefined) p.run = toS(c.kwargs.get('run')!);
        if (c.block) {
          const s = new ConfigObj('provision', 'shell provisioner');
          c.block(s);
          if (s.settings.has('inline')) p.inline = toS(s.settings.get('inline')!);
          if (s.settings.has('path')) p.path = toS(s.settings.get('path')!);
        }
        if (type === 'shell' && p.inline === undefined && p.path === undefined) err('shell provisioner', 'One of `path` or `inline` must be set.');
        if (type !== 'shell' && type !== 'file' && type !== 'ansible' && type !== 'ansible_local' && type !== 'docker')
          err('vm', `The '${type}' provisioner could not be found.`);
        m.provisioners.push(p);
        break;
      }
      case 'synced_folder':
        m.syncedFolders.push({ host: toS(c.args[0] ?? ''), guest: toS(c.args[1] ?? ''), disabled: c.kwargs.get('disabled') === true });
        break;
      default:
        if (!VM_CALLS.has(c.name)) bad.push(c.name);
    }
  }
  if (bad.length) err('vm', `The following settings shouldn't exist: ${bad.join(', ')}`);
}

/** Evaluate a Vagrantfile's text into machine configs (or the error Vagrant would report). */
export function parseVagrantfile(src: string): VagrantfileResult {
  let ast: Node[];
  try {
    ast = new Parser(lex(src)).program();
  } catch (e) {
    if (e instanceof RubySyntaxError) return { ok: false, kind: 'syntax', message: `${e.line}: ${e.message}` };
    throw e;
  }
  const ev = new Evaluator();
  try {
    ev.run(ast, { vars: new Map<string, Value>([['ENV', new Map<string, Value>()], ['ARGV', []]]), parent: null });
  } catch (e) {
    if (e instanceof NameErr) {
      return { ok: false, kind: e.cls === 'NameError' ? 'name' : 'load', line: e.line, message: e.message, exceptionClass: e.cls };
    }
    throw e;
  }
  const errors = new Map<string, string[]>();
  for (const [k, v] of ev.root.settings) {
    if (!ROOT_SECTIONS.has(k)) {
      const list = errors.get('Vagrant') ?? [];
      list.push(`Unknown configuration section '${k}'.`);
      errors.set('Vagrant', list);
    }
    if (k === 'ssh' && v && typeof v === 'object' && 'obj' in v) {
      const bad = [...v.obj.settings.keys()].filter((x) => !SSH_SETTINGS.has(x));
      if (bad.length) errors.set('SSH', [`The following settings shouldn't exist: ${bad.join(', ')}`]);
    }
  }
  const vmVal = ev.root.settings.get('vm');
  const vm = vmVal && typeof vmVal === 'object' && 'obj' in vmVal ? vmVal.obj : new ConfigObj('vm', 'vm');
  const defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] = [];
  const global = emptyMachine('default');
  applyVm(vm, global, errors, defines);
  const machines: MachineConfig[] = [];
  if (!defines.length) machines.push(global);
  for (const d of defines) {
    const existing = machines.find((x) => x.name === d.name);
    const m: MachineConfig = existing ?? { ...structuredClone(global), name: d.name };
    if (d.block) {
      const child = new ConfigObj('root', 'root');
      d.block(child);
      const cvmVal = child.settings.get('vm');
      if (cvmVal && typeof cvmVal === 'object' && 'obj' in cvmVal) applyVm(cvmVal.obj, m, errors, null);
      for (const k of child.settings.keys())
        if (!ROOT_SECTIONS.has(k)) errors.set('Vagrant', [...(errors.get('Vagrant') ?? []), `Unknown configuration section '${k}'.`]);
    }
    if (d.opts.get('primary') === true) m.primary = true;
    if (d.opts.get('autostart') === false) m.autostart = false;
    if (!existing) machines.push(m);
  }
  for (const m of machines) if (!m.box) errors.set('vm', [...(errors.get('vm') ?? []).filter((x) => x !== 'A box must be specified.'), 'A box must be specified.']);
  return { ok: true, machines, errors };
}
