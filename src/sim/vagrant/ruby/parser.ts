// Vagrantfile reading, step 2: tokens to a syntax tree; syntax errors in Ruby's words.
import { KEYWORDS, RubySyntaxError, type Tok } from './lexer';
import type { Value } from './evaluator';

export type Node =
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
export interface Block {
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

export class Parser {
  i = 0;
  /** Inside a command's arguments without parentheses, `do` belongs to the command (`define n do |c|`). */
  private noDo = 0;
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
    const saved = this.noDo;
    this.noDo = closer ? 0 : saved + 1;
    try {
      this.callArgList(node, closer);
    } finally {
      this.noDo = saved;
    }
  }

  private callArgList(node: Extract<Node, { t: 'call' }>, closer: string | null): void {
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
    const saved = this.noDo;
    try {
      this.noDo = 0;
      if (this.isKw('do') && saved > 0) return null;
      return this.blockBody();
    } finally {
      this.noDo = saved;
    }
  }

  private blockBody(): Block | null {
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
        const blk = (this.isKw('do') && this.noDo === 0) || (this.isOp('{') && t.k === 'id') ? this.block() : null;
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

