// Running parsed bc statements (execute.c): values printed with out_num's digits and the 70-column lines of
// out_char (a backslash-newline when the column reaches 69), variables, arrays and functions with auto locals.
import * as N from './num';
import type { Expr, Stmt } from './lang';
import { MATHLIB } from './mathlib';
import { exprSize, forLayout, stmtSize } from './code';

type Fn = { params: string[]; autos: string[]; body: Stmt[] };
class Ret {
  constructor(public v: N.Num) {}
}
class Brk {
  constructor(public cont: boolean) {}
}
export class Halt {}
/** A runtime error: bc prints it with the function and the address after the failing instruction, and the line's run stops. */
export class RunErr {
  constructor(public message: string) {}
}

export class BcState {
  scale = 0;
  ibase = 10;
  obase = 10;
  last: N.Num = N.ZERO;
  vars = new Map<string, N.Num>();
  arrays = new Map<string, Map<string, N.Num>>();
  fns = new Map<string, Fn>();
  locals: Map<string, N.Num>[] = [];
  col = 0;
  /** -l: the math library's functions are defined */
  mathlib = false;
  /** the address in the running code (code.ts) and the function it belongs to */
  pc = 0;
  fname = '(main)';
  constructor(public write: (s: string) => void) {}

  out(s: string) {
    let o = '';
    for (const ch of s) {
      if (ch === '\n') this.col = 0;
      else if (++this.col === 69) {
        o += '\\\n';
        this.col = 1;
      }
      o += ch;
    }
    this.write(o);
  }

  get(e: Expr & { k: 'var' }): N.Num {
    if (e.idx) return this.arrays.get(e.name)?.get(N.trunc(this.eval(e.idx)).toString()) ?? N.ZERO;
    switch (e.name) {
      case 'scale':
        return N.num(BigInt(this.scale));
      case 'ibase':
        return N.num(BigInt(this.ibase));
      case 'obase':
        return N.num(BigInt(this.obase));
      case 'last':
        return this.last;
    }
    for (let i = this.locals.length - 1; i >= 0 && i === this.locals.length - 1; i--) if (this.locals[i].has(e.name)) return this.locals[i].get(e.name)!;
    return this.vars.get(e.name) ?? N.ZERO;
  }

  set(e: Expr & { k: 'var' }, v: N.Num) {
    if (e.idx) {
      const a = this.arrays.get(e.name) ?? new Map();
      this.arrays.set(e.name, a);
      a.set(N.trunc(this.eval(e.idx)).toString(), v);
      return;
    }
    const small = () => Number(N.trunc(v));
    switch (e.name) {
      case 'scale':
        this.scale = Math.max(0, small());
        return;
      case 'ibase':
        this.ibase = Math.min(16, Math.max(2, small()));
        return;
      case 'obase':
        this.obase = Math.max(2, small());
        return;
      case 'last':
        this.last = v;
        return;
    }
    const top = this.locals[this.locals.length - 1];
    if (top?.has(e.name)) top.set(e.name, v);
    else this.vars.set(e.name, v);
  }

  fail(what: string, adr: number): never {
    throw new RunErr(`Runtime error (func=${this.fname}, adr=${adr}): ${what}`);
  }

  arith(op: string, a: N.Num, b: N.Num, adr: number): N.Num {
    const s = this.scale;
    let r: N.Num | null;
    switch (op) {
      case '+':
        return N.add(a, b);
      case '-':
        return N.sub(a, b);
      case '*':
        return N.mul(a, b, s);
      case '/':
        r = N.div(a, b, s);
        break;
      case '%':
        r = N.mod(a, b, s);
        break;
      default:
        r = N.pow(a, N.trunc(b), s);
    }
    if (!r) this.fail(op === '%' ? 'Modulo by zero' : 'Divide by zero', adr);
    return r;
  }

  eval(e: Expr): N.Num {
    const start = this.pc;
    const v = this.value(e, start);
    this.pc = start + exprSize(e);
    return v;
  }

  value(e: Expr, start: number): N.Num {
    switch (e.k) {
      case 'num':
        return N.parseConst(e.v, this.ibase);
      case 'var':
        return this.get(e);
      case 'neg':
        return N.neg(this.eval(e.a));
      case 'not':
        return N.num(N.isZero(this.eval(e.a)) ? 1n : 0n);
      case 'bin': {
        const second = () => {
          this.pc = start + exprSize(e.a) + (e.op === '&&' ? 5 : 3);
          return !N.isZero(this.eval(e.b));
        };
        if (e.op === '&&') return N.num(!N.isZero(this.eval(e.a)) && second() ? 1n : 0n);
        if (e.op === '||') return N.num(!N.isZero(this.eval(e.a)) || second() ? 1n : 0n);
        const a = this.eval(e.a);
        const b = this.eval(e.b);
        const c = N.cmp(a, b);
        const rel: Record<string, boolean> = { '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0, '==': c === 0, '!=': c !== 0 };
        if (e.op in rel) return N.num(rel[e.op] ? 1n : 0n);
        return this.arith(e.op, a, b, start + exprSize(e.a) + exprSize(e.b) + 1);
      }
      case 'assign': {
        const idx = e.to.idx ? exprSize(e.to.idx) : 0;
        this.pc = start + idx + (e.op === '=' ? 0 : e.to.idx ? 3 : 2);
        const v = e.op === '=' ? this.eval(e.v) : this.arith(e.op[0], this.get(e.to), this.eval(e.v), this.pc + 1);
        this.set(e.to, v);
        return this.get(e.to);
      }
      case 'inc': {
        const old = this.get(e.to);
        const v = N.add(old, N.num(e.op === '++' ? 1n : -1n));
        this.set(e.to, v);
        return e.pre ? v : old;
      }
      case 'fn': {
        const a = this.eval(e.a);
        if (e.name === 'length') return N.num(BigInt(N.length(a)));
        if (e.name === 'scale') return N.num(BigInt(a.s));
        const r = N.sqrt(a, this.scale);
        if (!r) this.fail('Square root of a negative number', start + exprSize(e.a) + 2);
        return r;
      }
      case 'call': {
        const f = this.fns.get(e.name);
        const args = e.args.map((a) => this.eval(a));
        if (!f && this.mathlib && MATHLIB[e.name]) return MATHLIB[e.name](this, args);
        if (!f) this.fail(`Function ${e.name} not defined.`, this.pc + 2);
        const frame = new Map<string, N.Num>();
        f.params.forEach((p, i) => frame.set(p, args[i] ?? N.ZERO));
        for (const a of f.autos) frame.set(a, N.ZERO);
        this.locals.push(frame);
        const saved = [this.pc, this.fname] as const;
        [this.pc, this.fname] = [0, e.name];
        try {
          for (const s of f.body) this.run(s);
          return N.ZERO;
        } catch (x) {
          if (x instanceof Ret) return x.v;
          throw x;
        } finally {
          this.locals.pop();
          [this.pc, this.fname] = saved;
        }
      }
    }
  }

  print(v: N.Num) {
    this.out(N.format(v, this.obase) + '\n');
  }

  run(s: Stmt): void {
    const start = this.pc;
    this.step(s, start);
    this.pc = start + stmtSize(s);
  }

  step(s: Stmt, start: number): void {
    switch (s.k) {
      case 'expr': {
        const v = this.eval(s.e);
        if (s.e.k !== 'assign') {
          this.print(v);
          this.last = v;
        }
        return;
      }
      case 'str':
        this.out(s.v);
        return;
      case 'print':
        for (const it of s.items) {
          this.out(typeof it === 'string' ? it.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', a: '\x07', b: '\b', f: '\f', r: '\r', q: '"', '\\': '\\', e: '\\' })[c] ?? '') : N.format(this.eval(it), this.obase));
          this.pc += typeof it === 'string' ? it.length + 2 : 1;
        }
        return;
      case 'block':
        for (const b of s.body) this.run(b);
        return;
      case 'if': {
        const c = N.isZero(this.eval(s.c));
        this.pc += 3;
        if (!c) this.run(s.then);
        else if (s.else) {
          this.pc = start + exprSize(s.c) + 3 + stmtSize(s.then) + 3;
          this.run(s.else);
        }
        return;
      }
      case 'while':
      case 'for': {
        const at = s.k === 'for' ? forLayout(s) : { cond: 0, step: -1, body: exprSize(s.c) + 3 };
        if (s.k === 'for' && s.init) this.eval(s.init);
        for (;;) {
          this.pc = start + at.cond;
          if (s.c && N.isZero(this.eval(s.c))) break;
          this.pc = start + at.body;
          try {
            this.run(s.body);
          } catch (x) {
            if (!(x instanceof Brk)) throw x;
            if (!x.cont) break;
          }
          this.pc = start + at.step;
          if (s.k === 'for' && s.step) this.eval(s.step);
        }
        return;
      }
      case 'break':
      case 'continue':
        throw new Brk(s.k === 'continue');
      case 'halt':
        throw new Halt();
      case 'return':
        throw new Ret(s.e ? this.eval(s.e) : N.ZERO);
      case 'define':
        this.fns.set(s.name, { params: s.params, autos: s.autos, body: s.body });
        return;
      case 'empty':
        return;
      case 'limits':
        // limits of bc 1.07.1 on x86_64 (bc.y's limits action), as recorded
        this.out('BC_BASE_MAX     = 2147483647\nBC_DIM_MAX      = 16777215\nBC_SCALE_MAX    = 2147483647\nBC_STRING_MAX   = 2147483647\nMAX Exponent    = 9223372036854775807\nNumber of vars  = 32767\n');
        return;
    }
  }
}
