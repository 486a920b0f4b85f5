// The awk grammar (POSIX awk with gawk's common extensions), read into the tree of ast.ts by recursive descent.
import type { Expr, Func, Program, Redirect, Rule, Stmt, VarRef } from './ast';
import { AwkSyntaxError, Lexer, type Token } from './lexer';
import { compile, RegexError } from './regex';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const CMP_OPS = new Set(['<', '<=', '!=', '==', '>', '>=']);

export class Parser {
  private lx: Lexer;
  private locals: string[] | null = null;
  private noGt = false;
  private noIn = false;
  private funcs = new Map<string, Func>();
  /** The rule being read (BEGIN, END, ...; main for pattern-action) and whether inside a function. */
  private rule = 'main';
  private inFunc = false;
  /** Errors gawk reports by line without stopping the parse (error_ln). */
  errors: { line: number; msg: string }[] = [];
  /** Functions called, with the token of the first call (gawk reports calls of undefined functions). */
  calls = new Map<string, Token>();

  constructor(src: string) {
    this.lx = new Lexer(src);
  }

  get warnings(): { line: number; msg: string }[] {
    return this.lx.warnings;
  }

  private peek(n = 0): Token {
    return this.lx.peek(n);
  }
  private next(): Token {
    return this.lx.next();
  }
  private is(text: string, n = 0): boolean {
    const t = this.peek(n);
    return (t.kind === 'op' || t.kind === 'kw') && t.text === text;
  }
  private fail(t: Token = this.peek()): never {
    throw new AwkSyntaxError('syntax error', t.pos, t.line);
  }
  private expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.next();
  }
  private nls(): void {
    while (this.peek().kind === 'nl') this.next();
  }
  private terminators(): void {
    while (this.peek().kind === 'nl' || this.is(';')) this.next();
  }

  parse(): Program {
    const rules: Rule[] = [];
    this.terminators();
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (this.is('function')) this.func();
      else if (t.kind === 'kw' && (t.text === 'BEGIN' || t.text === 'END' || t.text === 'BEGINFILE' || t.text === 'ENDFILE')) {
        this.next();
        if (!this.is('{')) this.fail();
        this.rule = t.text;
        rules.push({ kind: t.text, body: this.block(), line: t.line });
        this.rule = 'main';
      } else if (this.is('{')) rules.push({ kind: 'main', body: this.block(), line: t.line });
      else {
        const pattern = this.expr();
        let pattern2: Expr | undefined;
        if (this.is(',')) {
          this.next();
          this.nls();
          pattern2 = this.expr();
        }
        const body = this.is('{') ? this.block() : undefined;
        if (!body && !(this.peek().kind === 'nl' || this.is(';') || this.peek().kind === 'eof')) this.fail();
        rules.push({ kind: 'main', pattern, pattern2, body, line: t.line });
      }
      this.terminators();
    }
    return { rules, funcs: this.funcs };
  }

  private func(): void {
    this.next();
    const nameTok = this.next();
    if (nameTok.kind !== 'name' && nameTok.kind !== 'func') this.fail(nameTok);
    this.expect('(');
    const params: string[] = [];
    while (!this.is(')')) {
      const p = this.next();
      if (p.kind !== 'name') this.fail(p);
      params.push(p.text);
      if (this.is(',')) {
        this.next();
        this.nls();
      } else if (!this.is(')')) this.fail();
    }
    this.next();
    this.nls();
    this.locals = params;
    this.inFunc = true;
    const body = this.block();
    this.inFunc = false;
    this.locals = null;
    this.funcs.set(nameTok.text, { name: nameTok.text, params, body });
  }

  private block(): Stmt[] {
    this.expect('{');
    const out: Stmt[] = [];
    for (;;) {
      this.terminators();
      if (this.is('}')) break;
      if (this.peek().kind === 'eof') this.fail();
      out.push(this.stmt());
    }
    this.next();
    return out;
  }

  /** The end of a simple statement: `;` or a newline (taken), `}` or the end (left). */
  private endSimple(): void {
    const t = this.peek();
    if (t.kind === 'nl' || this.is(';')) this.next();
    else if (!(this.is('}') || t.kind === 'eof')) this.fail();
  }

  /** The body of if/while/for: a statement, or just `;`. */
  private body(): Stmt {
    if (this.is(';')) {
      const t = this.next();
      return { k: 'block', body: [], line: t.line };
    }
    this.nls();
    return this.stmt();
  }

  private stmt(): Stmt {
    const t = this.peek();
    const line = t.line;
    if (this.is('{')) return { k: 'block', body: this.block(), line };
    if (this.is('if')) {
      this.next();
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      const then = this.body();
      let n = 0;
      while (this.peek(n).kind === 'nl' || this.is(';', n)) n++;
      if (this.is('else', n)) {
        for (let i = 0; i <= n; i++) this.next();
        return { k: 'if', c, t: then, f: this.body(), line };
      }
      return { k: 'if', c, t: then, line };
    }
    if (this.is('while')) {
      this.next();
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      return { k: 'while', c, body: this.body(), line };
    }
    if (this.is('do')) {
      this.next();
      this.nls();
      const body = this.stmt();
      this.terminators();
      this.expect('while');
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      this.endSimple();
      return { k: 'do', body, c, line };
    }
    if (this.is('for')) {
      this.next();
      this.expect('(');
      const a = this.peek(0);
      const b = this.peek(1);
      const c = this.peek(2);
      if (a.kind === 'name' && b.kind === 'kw' && b.text === 'in' && c.kind === 'name' && this.is(')', 3)) {
        this.next();
        this.next();
        this.next();
        this.next();
        return { k: 'forin', v: { k: 'var', ...this.ref(a.text), line }, arr: this.ref(c.text), body: this.body(), line };
      }
      const init = this.is(';') ? undefined : this.simple();
      this.expect(';');
      this.nls();
      const cond = this.is(';') ? undefined : this.expr();
      this.expect(';');
      this.nls();
      const step = this.is(')') ? undefined : this.simple();
      this.expect(')');
      return { k: 'for', init, c: cond, step, body: this.body(), line };
    }
    if (this.is(';')) {
      this.next();
      return { k: 'block', body: [], line };
    }
    const s = this.simple();
    this.endSimple();
    return s;
  }

  private ref(name: string): VarRef {
    const i = this.locals ? this.locals.indexOf(name) : -1;
    return i >= 0 ? { name, local: i } : { name };
  }

  private simple(): Stmt {
    const t = this.peek();
    const line = t.line;
    if (t.kind === 'kw') {
      switch (t.text) {
        case 'print':
        case 'printf': {
          this.next();
          let args: Expr[] = [];
          if (!(this.atEnd() || this.is('>') || this.is('>>') || this.is('|'))) {
            const saved = this.noGt;
            this.noGt = true;
            args = [this.expr()];
            while (this.is(',')) {
              this.next();
              this.nls();
              args.push(this.expr());
            }
            this.noGt = saved;
            if (args.length === 1 && args[0].k === 'group') args = args[0].items;
          }
          if (t.text === 'printf' && !args.length) this.fail();
          let redir: Redirect | undefined;
          if (this.is('>') || this.is('>>') || this.is('|')) {
            const op = this.next().text as Redirect['op'];
            redir = { op, e: this.concat() };
          }
          return { k: t.text, args, redir, line };
        }
        case 'next':
        case 'nextfile':
          if (!this.inFunc && (t.text === 'next' ? this.rule !== 'main' : this.rule !== 'main' && this.rule !== 'BEGINFILE'))
            this.errors.push({ line: t.line, msg: `\`${t.text}' used in ${this.rule} action` });
          this.next();
          return { k: t.text, line };
        case 'break':
        case 'continue':
          this.next();
          return { k: t.text, line };
        case 'exit':
        case 'return':
          if (t.text === 'return' && !this.inFunc) throw new AwkSyntaxError("`return' used outside function context", t.pos, t.line);
          this.next();
          return { k: t.text, e: this.atEnd() ? undefined : this.expr(), line };
        case 'delete': {
          this.next();
          const n = this.next();
          if (n.kind !== 'name') this.fail(n);
          if (this.is('[')) {
            this.next();
            const subs = this.exprList(']');
            return { k: 'delete', ...this.ref(n.text), subs, line };
          }
          return { k: 'delete', ...this.ref(n.text), line };
        }
      }
    }
    return { k: 'expr', e: this.expr(), line };
  }

  private atEnd(): boolean {
    const t = this.peek();
    return t.kind === 'nl' || t.kind === 'eof' || this.is(';') || this.is('}');
  }

  /** Expressions up to `close` (taken), separated by commas. */
  private exprList(close: string): Expr[] {
    const saved = [this.noGt, this.noIn];
    this.noGt = false;
    this.noIn = false;
    const out: Expr[] = [];
    if (!this.is(close)) {
      out.push(this.expr());
      while (this.is(',')) {
        this.next();
        this.nls();
        out.push(this.expr());
      }
    }
    this.expect(close);
    [this.noGt, this.noIn] = saved;
    return out;
  }

  expr(): Expr {
    return this.ternary();
  }

  private isLvalue(e: Expr): boolean {
    return e.k === 'var' || e.k === 'idx' || e.k === 'field';
  }

  private ternary(): Expr {
    const c = this.or();
    const t = this.peek();
    if (t.kind === 'op' && ASSIGN_OPS.has(t.text) && this.isLvalue(c)) {
      this.next();
      this.nls();
      return { k: 'assign', op: t.text, lhs: c, rhs: this.ternary(), line: t.line };
    }
    if (this.is('?')) {
      this.next();
      this.nls();
      const a = this.ternary();
      this.nls();
      this.expect(':');
      this.nls();
      const b = this.ternary();
      return { k: 'cond', c, a, b, line: c.line };
    }
    return c;
  }

  private or(): Expr {
    let a = this.and();
    while (this.is('||')) {
      const t = this.next();
      this.nls();
      a = { k: 'or', a, b: this.and(), line: t.line };
    }
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.is('&&')) {
      const t = this.next();
      this.nls();
      a = { k: 'and', a, b: this.inExpr(), line: t.line };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.is('in') && !this.noIn) {
      const t = this.next();
      const n = this.next();
      if (n.kind !== 'name') this.fail(n);
      a = { k: 'in', subs: a.k === 'group' ? a.items : [a], ...this.ref(n.text), line: t.line };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.cmp();
    while (this.is('~') || this.is('!~')) {
      const t = this.next();
      a = { k: 'match', neg: t.text === '!~', a, re: this.cmp(), line: t.line };
    }
    return a;
  }

  private cmp(): Expr {
    const a = this.pipeGetline();
    const t = this.peek();
    if (t.kind === 'op' && CMP_OPS.has(t.text) && !(this.noGt && t.text === '>')) {
      this.next();
      return { k: 'cmp', op: t.text, a, b: this.pipeGetline(), line: t.line };
    }
    return a;
  }

  /** `cmd | getline [var]`: the command is a concatenation. */
  private pipeGetline(): Expr {
    let a = this.concat();
    while (this.is('|') && this.is('getline', 1)) {
      const t = this.next();
      this.next();
      a = { k: 'getline', from: 'cmd', src: a, lhs: this.optLvalue(), line: t.line };
    }
    return a;
  }

  private startsOperand(t: Token): boolean {
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 're' || t.kind === 'name' || t.kind === 'func' || t.kind === 'builtin') return true;
    if (t.kind === 'kw') return t.text === 'getline' && false;
    return t.kind === 'op' && (t.text === '$' || t.text === '(' || t.text === '++' || t.text === '--' || t.text === '!');
  }

  concat(): Expr {
    let a = this.additive();
    while (this.startsOperand(this.peek()) && !(this.is('in') && !this.noIn)) {
      if (this.is('!') ) break;
      a = { k: 'concat', a, b: this.additive(), line: a.line };
    }
    return a;
  }

  private additive(): Expr {
    let a = this.mul();
    while (this.is('+') || this.is('-')) {
      const t = this.next();
      a = { k: 'bin', op: t.text, a, b: this.mul(), line: t.line };
    }
    return a;
  }

  private mul(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const t = this.next();
      a = { k: 'bin', op: t.text, a, b: this.unary(), line: t.line };
    }
    return a;
  }

  private unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const t = this.next();
      return { k: 'unary', op: t.text, e: this.unary(), line: t.line };
    }
    return this.pow();
  }

  private pow(): Expr {
    const base = this.postfix();
    if (this.is('^')) {
      const t = this.next();
      // right-associative, and the exponent may have its own sign: 2^-1, 2^3^2
      const exp = this.is('-') || this.is('+') || this.is('!') ? this.unary() : this.pow();
      return { k: 'bin', op: '^', a: base, b: exp, line: t.line };
    }
    return base;
  }

  private postfix(): Expr {
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && this.isLvalue(e)) {
      const t = this.next();
      return { k: 'incdec', op: t.text as '++' | '--', prefix: false, lhs: e, line: t.line };
    }
    return e;
  }

  private optLvalue(): Expr | undefined {
    const t = this.peek();
    if (t.kind === 'name') return this.primary();
    if (this.is('$')) {
      this.next();
      return { k: 'field', e: this.fieldOperand(), line: t.line };
    }
    return undefined;
  }

  private fieldOperand(): Expr {
    if (this.is('++') || this.is('--')) {
      const t = this.next();
      const lhs = this.primary();
      if (!this.isLvalue(lhs)) this.fail();
      return { k: 'incdec', op: t.text as '++' | '--', prefix: true, lhs, line: t.line };
    }
    if (this.is('-') || this.is('+') || this.is('!')) {
      const t = this.next();
      return { k: 'unary', op: t.text, e: this.fieldOperand(), line: t.line };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    const line = t.line;
    switch (t.kind) {
      case 'num':
        this.next();
        return { k: 'num', v: t.num!, line };
      case 'str':
        this.next();
        return { k: 'str', v: t.text, line };
      case 're':
        this.next();
        // a regex constant is compiled with the program: a bad one is an error (not fatal) at parse time
        try {
          compile(t.text);
        } catch (e) {
          if (!(e instanceof RegexError)) throw e;
          this.errors.push({ line, msg: `${e.message}: /${t.text}/` });
        }
        return { k: 're', src: t.text, line };
      case 'name': {
        this.next();
        if (this.is('[')) {
          this.next();
          const subs = this.exprList(']');
          if (!subs.length) this.fail();
          return { k: 'idx', ...this.ref(t.text), subs, line };
        }
        return { k: 'var', ...this.ref(t.text), line };
      }
      case 'func': {
        this.next();
        this.next();
        if (!this.calls.has(t.text)) this.calls.set(t.text, t);
        return { k: 'call', name: t.text, args: this.exprList(')'), line };
      }
      case 'builtin': {
        this.next();
        if (this.is('(')) {
          this.next();
          return { k: 'builtin', name: t.text, args: this.exprList(')'), parens: true, line };
        }
        if (t.text !== 'length') this.fail();
        return { k: 'builtin', name: t.text, args: [], parens: false, line };
      }
      case 'kw':
        if (t.text === 'getline') {
          this.next();
          const lhs = this.optLvalue();
          if (this.is('<')) {
            this.next();
            return { k: 'getline', from: 'file', lhs, src: this.postfix(), line };
          }
          return { k: 'getline', from: 'input', lhs, line };
        }
        break;
      case 'op':
        if (t.text === '$') {
          this.next();
          return { k: 'field', e: this.fieldOperand(), line };
        }
        if (t.text === '(') {
          this.next();
          const saved = [this.noGt, this.noIn];
          this.noGt = false;
          this.noIn = false;
          const items = [this.expr()];
          while (this.is(',')) {
            this.next();
            this.nls();
            items.push(this.expr());
          }
          this.expect(')');
          [this.noGt, this.noIn] = saved;
          if (items.length > 1 && !this.is('in') && !(this.noGt && (this.atEnd() || this.is('>') || this.is('>>') || this.is('|')))) this.fail();
          return items.length === 1 ? { k: 'group', items, line } : { k: 'group', items, line };
        }
        if (t.text === '++' || t.text === '--') {
          this.next();
          const lhs = this.primary();
          if (!this.isLvalue(lhs)) this.fail();
          return { k: 'incdec', op: t.text, prefix: true, lhs, line };
        }
        if (t.text === '-' || t.text === '+' || t.text === '!') return this.unary();
        break;
    }
    this.fail(t);
  }
}

/** A one-item group is its item (the parentheses only mattered to the parser). */
export function ungroup(e: Expr): Expr {
  return e.k === 'group' && e.items.length === 1 ? ungroup(e.items[0]) : e;
}

export function parseProgram(src: string): { program: Program; warnings: { line: number; msg: string }[]; errors: { line: number; msg: string }[]; undefinedCall?: Token } {
  const p = new Parser(src);
  const program = p.parse();
  let undefinedCall: Token | undefined;
  for (const [name, tok] of p.calls) if (!program.funcs.has(name)) undefinedCall ??= tok;
  return { program, warnings: p.warnings, errors: p.errors, undefinedCall };
}
