// The bc language of GNU bc 1.07.1 (bc.y, scan.l): statements are read a line at a time and run when the line that
// ends them is complete; `quit` ends bc as soon as it is read (the rest of its line does not run). Expressions,
// the assignment operators, ++/--, relations, && || !, strings, print, if/else, while, for, break, continue,
// define with auto and return, arrays, length(), scale(), sqrt(), and the scale, ibase, obase and last variables.
import * as N from './num';

type Tok = { t: string; v: string; line: number };

const KEYWORDS = new Set(['if', 'else', 'while', 'for', 'break', 'continue', 'define', 'return', 'auto', 'quit', 'halt', 'print', 'length', 'scale', 'sqrt', 'ibase', 'obase', 'last', 'read', 'limits', 'warranty']);

export function lex(src: string, startLine: number): Tok[] {
  const out: Tok[] = [];
  let line = startLine;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      out.push({ t: 'nl', v: '\n', line });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      if (e < 0) {
        // scan.l: "EOF encountered in a comment." and the end of input
        out.push({ t: 'msg', v: 'EOF encountered in a comment.\n', line }, { t: 'eof-in', v: 'comment', line });
        break;
      }
      const body = src.slice(i, e + 2);
      line += body.split('\n').length - 1;
      i += body.length;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '"') {
      const e = src.indexOf('"', i + 1);
      if (e < 0) {
        // no closing quote: the quote alone matches scan.l's catch-all rule
        out.push({ t: 'msg', v: `(FILE) ${line}: illegal character: "\n`, line });
        i++;
        continue;
      }
      const s = src.slice(i + 1, e);
      out.push({ t: 'str', v: s, line });
      line += s.split('\n').length - 1;
      i = e + 1;
    } else if (/[0-9A-Z.]/.test(c) && !(c === '.' && !/[0-9A-Z]/.test(src[i + 1] ?? ''))) {
      let j = i;
      while (j < src.length && (/[0-9A-Z]/.test(src[j]) || (src[j] === '\\' && src[j + 1] === '\n'))) j++;
      if (src[j] === '.') for (j++; j < src.length && (/[0-9A-Z]/.test(src[j]) || (src[j] === '\\' && src[j + 1] === '\n')); ) j++;
      out.push({ t: 'num', v: src.slice(i, j).replace(/\\\n/g, ''), line });
      i = j;
    } else if (/[a-z]/.test(c)) {
      let j = i;
      while (j < src.length && /[a-z0-9_]/.test(src[j])) j++;
      const w = src.slice(i, j);
      out.push({ t: KEYWORDS.has(w) ? w : 'name', v: w, line });
      i = j;
    } else if (!/[-+*/%^=<>!&|(){}[\];,.]/.test(c) || ((c === '&' || c === '|') && src[i + 1] !== c)) {
      out.push({ t: 'msg', v: `(FILE) ${line}: illegal character: ${c}\n`, line });
      i++;
    } else {
      const three = src.slice(i, i + 2);
      const op = ['++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '&&', '||'].includes(three) ? three : c;
      out.push({ t: op === '.' ? 'last' : op, v: op, line });
      i += op.length;
    }
  }
  out.push({ t: 'end', v: '', line });
  return out;
}

export type Expr =
  | { k: 'num'; v: string }
  | { k: 'var'; name: string; idx?: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'neg'; a: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'assign'; op: string; to: Expr & { k: 'var' }; v: Expr }
  | { k: 'inc'; op: string; pre: boolean; to: Expr & { k: 'var' } }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'fn'; name: 'length' | 'scale' | 'sqrt'; a: Expr };

export type Stmt =
  | { k: 'expr'; e: Expr }
  | { k: 'str'; v: string }
  | { k: 'print'; items: (Expr | string)[] }
  | { k: 'block'; body: Stmt[] }
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'for'; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: 'break' | 'continue' | 'halt' | 'empty' | 'limits' }
  | { k: 'return'; e?: Expr }
  | { k: 'define'; name: string; params: string[]; autos: string[]; body: Stmt[] };

export class SyntaxErr {
  constructor(public line: number, public incomplete: boolean) {}
}
export class Quit {}

/** Recursive descent over bc.y's grammar; `quit` throws Quit as soon as it is read. */
export class Parser {
  i = 0;
  /** a scanner message was printed for this line: bc does not run it */
  hadError = false;
  constructor(
    public toks: Tok[],
    public report: (msg: string) => void = () => {},
  ) {}
  peek() {
    while (this.toks[this.i].t === 'msg') {
      this.report(this.toks[this.i++].v);
      this.hadError = true;
    }
    return this.toks[this.i];
  }
  next() {
    this.peek();
    return this.toks[this.i++];
  }
  fail(): never {
    const t = this.peek();
    throw new SyntaxErr(t.line, t.t === 'end' || t.t === 'eof-in');
  }
  eat(t: string) {
    if (this.peek().t !== t) this.fail();
    return this.next();
  }
  skipNl() {
    while (this.peek().t === 'nl') this.next();
  }
  /** One input line's statements, up to its newline (or the end). */
  line(): Stmt[] | null {
    if (this.peek().t === 'end') return null;
    const out: Stmt[] = [];
    for (;;) {
      const t = this.peek().t;
      if (t === 'nl') {
        this.next();
        return out;
      }
      if (t === 'end') return out;
      if (t === ';') {
        this.next();
        continue;
      }
      out.push(t === 'define' ? this.define() : this.stmt());
      const n = this.peek().t;
      if (n !== ';' && n !== 'nl' && n !== 'end') this.fail();
    }
  }
  define(): Stmt {
    this.eat('define');
    const name = this.eat('name').v;
    this.eat('(');
    const params: string[] = [];
    while (this.peek().t === 'name') {
      params.push(this.next().v);
      if (this.peek().t === ',') this.next();
    }
    this.eat(')');
    this.skipNl();
    this.eat('{');
    this.skipNl();
    const autos: string[] = [];
    if (this.peek().t === 'auto') {
      this.next();
      while (this.peek().t === 'name') {
        autos.push(this.next().v);
        if (this.peek().t === ',') this.next();
      }
      if (this.peek().t === ';' || this.peek().t === 'nl') this.next();
    }
    const body = this.stmts('}');
    return { k: 'define', name, params, autos, body };
  }
  stmts(close: string): Stmt[] {
    const body: Stmt[] = [];
    for (;;) {
      const t = this.peek().t;
      if (t === close) {
        this.next();
        return body;
      }
      if (t === ';' || t === 'nl') {
        this.next();
        continue;
      }
      if (t === 'end' || t === 'eof-in') this.fail();
      body.push(this.stmt());
    }
  }
  stmt(): Stmt {
    const t = this.peek();
    switch (t.t) {
      case 'quit':
        throw new Quit();
      case 'str':
        this.next();
        return { k: 'str', v: t.v };
      case '{':
        this.next();
        return { k: 'block', body: this.stmts('}') };
      case 'break':
      case 'continue':
      case 'halt':
      case 'limits':
        this.next();
        return { k: t.t };
      case 'return': {
        this.next();
        const n = this.peek().t;
        if (n === ';' || n === 'nl' || n === '}' || n === 'end') return { k: 'return' };
        if (n === '(' && this.toks[this.i + 1].t === ')') {
          this.i += 2;
          return { k: 'return' };
        }
        return { k: 'return', e: this.expr() };
      }
      case 'print': {
        this.next();
        const items: (Expr | string)[] = [];
        do {
          if (items.length) this.next();
          items.push(this.peek().t === 'str' ? this.next().v : this.expr());
        } while (this.peek().t === ',');
        return { k: 'print', items };
      }
      case 'if': {
        this.next();
        this.eat('(');
        const c = this.expr();
        this.eat(')');
        this.skipNl();
        const then = this.stmt();
        let i = this.i;
        while (this.toks[i].t === 'nl') i++;
        if (this.toks[i].t === 'else') {
          this.i = i + 1;
          this.skipNl();
          return { k: 'if', c, then, else: this.stmt() };
        }
        return { k: 'if', c, then };
      }
      case 'while': {
        this.next();
        this.eat('(');
        const c = this.expr();
        this.eat(')');
        this.skipNl();
        return { k: 'while', c, body: this.stmt() };
      }
      case 'for': {
        this.next();
        this.eat('(');
        const init = this.peek().t === ';' ? undefined : this.expr();
        this.eat(';');
        const c = this.peek().t === ';' ? undefined : this.expr();
        this.eat(';');
        const step = this.peek().t === ')' ? undefined : this.expr();
        this.eat(')');
        this.skipNl();
        return { k: 'for', init, c, step, body: this.stmt() };
      }
      default:
        return { k: 'expr', e: this.expr() };
    }
  }
  // precedence (bc.y): || < && < ! < relations < assignment < + - < * / % < ^ < unary - < ++ --
  expr(): Expr {
    let a = this.and();
    while (this.peek().t === '||') {
      this.next();
      a = { k: 'bin', op: '||', a, b: this.and() };
    }
    return a;
  }
  and(): Expr {
    let a = this.not();
    while (this.peek().t === '&&') {
      this.next();
      a = { k: 'bin', op: '&&', a, b: this.not() };
    }
    return a;
  }
  not(): Expr {
    if (this.peek().t === '!') {
      this.next();
      return { k: 'not', a: this.not() };
    }
    return this.rel();
  }
  rel(): Expr {
    const a = this.assign();
    const op = this.peek().t;
    if (['<', '>', '<=', '>=', '==', '!='].includes(op)) {
      this.next();
      return { k: 'bin', op, a, b: this.assign() };
    }
    return a;
  }
  assign(): Expr {
    const start = this.i;
    const a = this.add();
    const op = this.peek().t;
    if (['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(op)) {
      if (a.k !== 'var') {
        this.i = start;
        this.fail();
      }
      this.next();
      return { k: 'assign', op, to: a, v: this.assign() };
    }
    return a;
  }
  add(): Expr {
    let a = this.mul();
    while (this.peek().t === '+' || this.peek().t === '-') a = { k: 'bin', op: this.next().t, a, b: this.mul() };
    return a;
  }
  mul(): Expr {
    let a = this.pow();
    while (['*', '/', '%'].includes(this.peek().t)) a = { k: 'bin', op: this.next().t, a, b: this.pow() };
    return a;
  }
  pow(): Expr {
    const a = this.unary();
    if (this.peek().t === '^') {
      this.next();
      return { k: 'bin', op: '^', a, b: this.pow() };
    }
    return a;
  }
  unary(): Expr {
    if (this.peek().t === '-') {
      this.next();
      return { k: 'neg', a: this.unary() };
    }
    if (this.peek().t === '++' || this.peek().t === '--') {
      const op = this.next().t;
      const to = this.primary();
      if (to.k !== 'var') this.fail();
      return { k: 'inc', op, pre: true, to };
    }
    const p = this.primary();
    if (p.k === 'var' && (this.peek().t === '++' || this.peek().t === '--')) return { k: 'inc', op: this.next().t, pre: false, to: p };
    return p;
  }
  primary(): Expr {
    const t = this.next();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case '(': {
        const e = this.expr();
        this.eat(')');
        return e;
      }
      case 'scale':
        if (this.peek().t === '(') {
          this.next();
          const a = this.expr();
          this.eat(')');
          return { k: 'fn', name: 'scale', a };
        }
        return { k: 'var', name: 'scale' };
      case 'length':
      case 'sqrt': {
        this.eat('(');
        const a = this.expr();
        this.eat(')');
        return { k: 'fn', name: t.t, a };
      }
      case 'ibase':
      case 'obase':
      case 'last':
        return { k: 'var', name: t.t };
      case 'name': {
        if (this.peek().t === '(') {
          this.next();
          const args: Expr[] = [];
          while (this.peek().t !== ')') {
            args.push(this.expr());
            if (this.peek().t === ',') this.next();
            else break;
          }
          this.eat(')');
          return { k: 'call', name: t.v, args };
        }
        if (this.peek().t === '[') {
          this.next();
          const idx = this.expr();
          this.eat(']');
          return { k: 'var', name: t.v, idx };
        }
        return { k: 'var', name: t.v };
      }
      default:
        this.i--;
        return this.fail();
    }
  }
}

export { N };
