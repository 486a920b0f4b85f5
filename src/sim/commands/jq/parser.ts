// jq 1.6's grammar (parser.y) by precedence climbing: `|` < `,` < `//` < assignments < or < and < comparisons
// < + - < * / % < postfix terms. Syntax errors carry the words bison prints and the offending token's offset.
import type { Node, Pattern } from './ast';
import { CompileError, lex, type Tok } from './lexer';

const NAMES: Record<string, string> = { IDENT: 'IDENT', FIELD: 'FIELD', NUM: 'LITERAL', STR: 'QQSTRING_START', FORMAT: 'FORMAT', INVALID: 'INVALID_CHARACTER', EOF: '$end' };

function tokName(t: Tok): string {
  if (t.kind === 'OP') {
    const named: Record<string, string> = { '|=': 'SETPIPE', '+=': 'SETPLUS', '-=': 'SETMINUS', '*=': 'SETMULT', '/=': 'SETDIV', '%=': 'SETMOD', '//=': 'SETDEFINEDOR', '==': 'EQ', '!=': 'NEQ', '<=': 'LESSEQ', '>=': 'GREATEREQ', '//': 'DEFINEDOR', '..': 'REC', '?//': 'ALTERNATION' };
    return named[t.text] ?? `'${t.text}'`;
  }
  if (t.kind === 'KW') return t.text === '$__loc__' ? '"$__loc__"' : t.text;
  return NAMES[t.kind];
}

class Parser {
  private i = 0;
  private ifs: number[] = [];
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private is(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'OP' || t.kind === 'KW') && t.text === text;
  }
  private fail(t: Tok, expecting?: string): never {
    const extra = t.kind === 'EOF' && this.ifs.length ? [{ msg: "Possibly unterminated 'if' statement", pos: this.ifs[this.ifs.length - 1] }] : [];
    throw new CompileError(`syntax error, unexpected ${tokName(t)}${expecting ? ', expecting ' + expecting : ''}`, t.pos, extra);
  }
  private expect(text: string): Tok {
    if (!this.is(text)) this.fail(this.peek());
    return this.next();
  }

  program(): Node {
    // an empty program is `.`: a token that cannot start one is unexpected where only the end may come
    const first = this.peek();
    if (first.kind === 'INVALID' || (first.kind === 'OP' && ['|', ',', ')', ']', '}', ':', ';', '=', '==', '!=', '<', '<=', '>', '>=', '*', '/', '%', '+', '|=', '+=', '-=', '*=', '/=', '%=', '//', '//=', '?', 'and', 'or'].includes(first.text)) || (first.kind === 'KW' && ['then', 'elif', 'else', 'end', 'as', 'catch', 'and', 'or'].includes(first.text))) this.fail(first, '$end');
    if (first.kind === 'EOF') return { t: 'identity' };
    const n = this.pipe();
    if (this.peek().kind !== 'EOF') this.fail(this.peek(), '$end');
    return n;
  }

  pipe(): Node {
    if (this.is('def')) {
      const d = this.funcDef();
      return { t: 'def', ...d, rest: this.pipe() };
    }
    if (this.is('label')) {
      this.next();
      const v = this.next();
      if (v.kind !== 'OP' || v.text !== '$') this.fail(v);
      const name = this.next();
      this.expect('|');
      return { t: 'label', name: name.text, body: this.pipe() };
    }
    const l = this.comma();
    if (this.is('as')) {
      this.next();
      const pats = [this.pattern()];
      while (this.is('?//')) {
        this.next();
        pats.push(this.pattern());
      }
      this.expect('|');
      return { t: 'as', src: l, pats, body: this.pipe() };
    }
    if (this.is('|')) {
      this.next();
      return { t: 'pipe', l, r: this.pipe() };
    }
    return l;
  }

  private funcDef(): { name: string; params: string[]; body: Node } {
    this.expect('def');
    const name = this.next();
    if (name.kind !== 'IDENT' && name.kind !== 'KW') this.fail(name);
    const params: string[] = [];
    if (this.is('(')) {
      this.next();
      for (;;) {
        if (this.is('$')) {
          this.next();
          params.push('$' + this.next().text);
        } else {
          const p = this.next();
          if (p.kind !== 'IDENT' && p.kind !== 'KW') this.fail(p);
          params.push(p.text);
        }
        if (this.is(';')) this.next();
        else break;
      }
      this.expect(')');
    }
    this.expect(':');
    const body = this.pipe();
    this.expect(';');
    return { name: name.text, params, body };
  }

  private pattern(): Pattern {
    if (this.is('$')) {
      this.next();
      return { t: 'var', name: this.next().text };
    }
    if (this.is('[')) {
      this.next();
      const items: Pattern[] = [];
      do {
        if (items.length) this.next();
        items.push(this.pattern());
      } while (this.is(','));
      this.expect(']');
      return { t: 'array', items };
    }
    if (this.is('{')) {
      this.next();
      const entries: { key: Node | null; keyVar?: string; val: Pattern | null }[] = [];
      do {
        if (entries.length) this.next();
        if (this.is('$')) {
          this.next();
          const name = this.next().text;
          let val: Pattern | null = null;
          if (this.is(':')) {
            this.next();
            val = this.pattern();
          }
          entries.push({ key: null, keyVar: name, val });
          continue;
        }
        const t = this.peek();
        let key: Node;
        if (t.kind === 'IDENT' || t.kind === 'KW') {
          this.next();
          key = { t: 'literal', v: t.text };
        } else if (t.kind === 'STR') key = this.string(null);
        else if (this.is('(')) {
          this.next();
          key = this.pipe();
          this.expect(')');
        } else this.fail(t);
        this.expect(':');
        entries.push({ key, val: this.pattern() });
      } while (this.is(','));
      this.expect('}');
      return { t: 'object', entries };
    }
    this.fail(this.peek());
  }

  comma(): Node {
    let l = this.alt();
    while (this.is(',')) {
      this.next();
      l = { t: 'comma', l, r: this.alt() };
    }
    return l;
  }

  private alt(): Node {
    const l = this.assign();
    if (this.is('//')) {
      this.next();
      return { t: 'alt', l, r: this.alt() };
    }
    return l;
  }

  private assign(): Node {
    const l = this.or();
    const t = this.peek();
    if (t.kind === 'OP' && ['=', '|=', '+=', '-=', '*=', '/=', '%=', '//='].includes(t.text)) {
      this.next();
      return { t: 'assign', op: t.text, l, r: this.alt() };
    }
    return l;
  }

  private or(): Node {
    let l = this.and();
    while (this.is('or')) {
      this.next();
      l = { t: 'or', l, r: this.and() };
    }
    return l;
  }

  private and(): Node {
    let l = this.cmp();
    while (this.is('and')) {
      this.next();
      l = { t: 'and', l, r: this.cmp() };
    }
    return l;
  }

  private cmp(): Node {
    const l = this.additive();
    const t = this.peek();
    if (t.kind === 'OP' && ['==', '!=', '<', '<=', '>', '>='].includes(t.text)) {
      this.next();
      const r = this.additive();
      const u = this.peek();
      if (u.kind === 'OP' && ['==', '!=', '<', '<=', '>', '>='].includes(u.text)) this.fail(u);
      return { t: 'binop', op: t.text, l, r };
    }
    return l;
  }

  private additive(): Node {
    let l = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.next().text;
      l = { t: 'binop', op, l, r: this.multiplicative() };
    }
    return l;
  }

  private multiplicative(): Node {
    let l = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.next();
      const r = this.unary();
      if (op.text === '/' && l.t === 'literal' && r.t === 'literal' && typeof l.v === 'number' && r.v === 0) throw new CompileError('Division by zero?', this.startOf(l, op.pos));
      l = { t: 'binop', op: op.text, l, r };
    }
    return l;
  }

  private starts = new Map<Node, number>();
  private startOf(n: Node, dflt: number): number {
    return this.starts.get(n) ?? dflt;
  }

  private unary(): Node {
    if (this.is('-')) {
      this.next();
      return { t: 'neg', e: this.unary() };
    }
    return this.postfix();
  }

  /** Term: a primary with its suffixes (.foo, [e], [], [a:b], ?, ."s"). */
  postfix(): Node {
    const start = this.peek().pos;
    let n = this.primary();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'FIELD') {
        this.next();
        n = { t: 'index', target: n, key: { t: 'literal', v: t.text } };
      } else if (this.is('.') && this.toks[this.i + 1].kind === 'STR') {
        this.next();
        n = { t: 'index', target: n, key: this.string(null) };
      } else if (this.is('[')) {
        n = this.bracket(n);
      } else if (this.is('?')) {
        this.next();
        n = { t: 'try', body: n, handler: null };
      } else break;
    }
    this.starts.set(n, start);
    return n;
  }

  private bracket(target: Node): Node {
    this.expect('[');
    if (this.is(']')) {
      this.next();
      return { t: 'iterate', target };
    }
    if (this.is(':')) {
      this.next();
      const to = this.pipe();
      this.expect(']');
      return { t: 'slice', target, from: null, to };
    }
    const k = this.pipe();
    if (this.is(':')) {
      this.next();
      if (this.is(']')) {
        this.next();
        return { t: 'slice', target, from: k, to: null };
      }
      const to = this.pipe();
      this.expect(']');
      return { t: 'slice', target, from: k, to };
    }
    this.expect(']');
    return { t: 'index', target, key: k };
  }

  private string(fmt: string | null): Node {
    const t = this.next();
    if (t.kind !== 'STR') this.fail(t);
    const parts = t.parts!.map((p) => (p.toks ? new Parser(p.toks).programIn() : p.text!));
    if (parts.every((p) => typeof p === 'string') && fmt === null) return { t: 'literal', v: (parts as string[]).join('') };
    return { t: 'string', fmt, parts };
  }

  private programIn(): Node {
    const n = this.pipe();
    if (this.peek().kind !== 'EOF') this.fail(this.peek());
    return n;
  }

  private primary(): Node {
    const t = this.peek();
    switch (t.kind) {
      case 'NUM':
        this.next();
        return { t: 'literal', v: t.num! };
      case 'STR':
        return this.string(null);
      case 'FORMAT':
        this.next();
        if (this.peek().kind === 'STR') return this.string(t.text);
        return { t: 'format', name: t.text };
      case 'FIELD':
        this.next();
        return { t: 'index', target: { t: 'identity' }, key: { t: 'literal', v: t.text } };
      case 'IDENT': {
        this.next();
        if (t.text === 'break' && this.is('$')) {
          this.next();
          return { t: 'break', name: this.next().text };
        }
        const args: Node[] = [];
        if (this.is('(')) {
          this.next();
          args.push(this.pipe());
          while (this.is(';')) {
            this.next();
            args.push(this.pipe());
          }
          this.expect(')');
        }
        return { t: 'call', name: t.text, args, pos: t.pos };
      }
      case 'KW':
        return this.keyword(t);
      case 'OP':
        break;
      default:
        this.fail(t);
    }
    switch (t.text) {
      case '.': {
        this.next();
        if (this.peek().kind === 'STR') return { t: 'index', target: { t: 'identity' }, key: this.string(null) };
        if (this.is('[')) return this.bracket({ t: 'identity' });
        return { t: 'identity' };
      }
      case '..':
        this.next();
        return { t: 'recurse' };
      case '$': {
        this.next();
        const v = this.next();
        if (v.kind !== 'IDENT' && v.kind !== 'KW') this.fail(v);
        return { t: 'var', name: v.text, pos: t.pos };
      }
      case '(': {
        this.next();
        const e = this.pipe();
        this.expect(')');
        return e;
      }
      case '[': {
        this.next();
        if (this.is(']')) {
          this.next();
          return { t: 'array', e: null };
        }
        const e = this.pipe();
        this.expect(']');
        return { t: 'array', e };
      }
      case '{':
        return this.object();
      case '-':
        this.next();
        return { t: 'neg', e: this.postfix() };
    }
    this.fail(t);
  }

  private keyword(t: Tok): Node {
    switch (t.text) {
      case 'if': {
        this.next();
        this.ifs.push(t.pos);
        const cond = this.pipe();
        this.expect('then');
        const then = this.pipe();
        let els: Node | null = null;
        if (this.is('elif')) {
          const e = this.peek();
          e.text = 'if';
          els = this.keyword(e);
          this.ifs.pop();
          return { t: 'if', cond, then, else: els };
        }
        if (!this.is('else')) {
          const u = this.peek();
          throw new CompileError(`syntax error, unexpected ${tokName(u)}`, u.pos, [{ msg: "Possibly unterminated 'if' statement", pos: t.pos }]);
        }
        this.next();
        els = this.pipe();
        this.expect('end');
        this.ifs.pop();
        return { t: 'if', cond, then, else: els };
      }
      case 'try': {
        this.next();
        const body = this.postfixOrNeg();
        let handler: Node | null = null;
        if (this.is('catch')) {
          this.next();
          handler = this.postfixOrNeg();
        }
        return { t: 'try', body, handler };
      }
      case 'reduce':
      case 'foreach': {
        this.next();
        const src = this.postfix();
        this.expect('as');
        const pat = this.pattern();
        this.expect('(');
        const init = this.pipe();
        this.expect(';');
        const update = this.pipe();
        let extract: Node | null = null;
        if (t.text === 'foreach' && this.is(';')) {
          this.next();
          extract = this.pipe();
        }
        this.expect(')');
        return t.text === 'reduce' ? { t: 'reduce', src, pat, init, update } : { t: 'foreach', src, pat, init, update, extract };
      }
      case 'def': {
        const d = this.funcDef();
        return { t: 'def', ...d, rest: this.pipe() };
      }
      case 'label':
        return this.pipe();
      case '$__loc__':
        this.next();
        return { t: 'literal', v: new Map<string, null | string | number>([['file', '<stdin>'], ['line', 1]]) };
    }
    this.fail(t);
  }

  private postfixOrNeg(): Node {
    return this.postfix();
  }

  private objStart = 0;
  private object(): Node {
    this.objStart = this.expect('{').pos;
    const entries: { key: Node; val: Node }[] = [];
    if (this.is('}')) {
      this.next();
      return { t: 'object', entries };
    }
    for (;;) {
      const t = this.peek();
      let key: Node;
      let val: Node | null = null;
      if (t.kind === 'OP' && t.text === '$') {
        this.next();
        const v = this.next();
        key = { t: 'literal', v: v.text };
        val = { t: 'var', name: v.text, pos: t.pos };
        if (this.is(':')) {
          const e = this.peek();
          throw new CompileError(`syntax error, unexpected ':', expecting '}'`, e.pos, [{ msg: 'May need parentheses around object key expression', pos: this.objStart + 1 }]);
        }
      } else if (t.kind === 'IDENT' || t.kind === 'KW') {
        this.next();
        key = { t: 'literal', v: t.text };
      } else if (t.kind === 'NUM') {
        this.next();
        key = { t: 'literal', v: t.num! };
      } else if (t.kind === 'STR') key = this.string(null);
      else if (t.kind === 'FORMAT') {
        this.next();
        key = this.peek().kind === 'STR' ? this.string(t.text) : { t: 'format', name: t.text };
      } else if (this.is('(')) {
        this.next();
        key = this.pipe();
        this.expect(')');
      } else this.fail(t);
      if (val === null) {
        if (this.is(':')) {
          this.next();
          val = this.objVal();
        } else val = { t: 'index', target: { t: 'identity' }, key };
      }
      entries.push({ key, val });
      if (this.is(',')) {
        this.next();
        continue;
      }
      if (this.is('}')) {
        this.next();
        return { t: 'object', entries };
      }
      this.fail(this.peek(), "'}'");
    }
  }

  /** ExpD: terms joined by `|`, or `-` before one. */
  private objVal(): Node {
    let l = this.is('-') ? (this.next(), { t: 'neg', e: this.postfix() } as Node) : this.postfix();
    if (this.is('|')) {
      this.next();
      l = { t: 'pipe', l, r: this.objVal() };
    }
    return l;
  }
}

export function parse(src: string): Node {
  const { toks } = lex(src);
  return new Parser(toks).program();
}
