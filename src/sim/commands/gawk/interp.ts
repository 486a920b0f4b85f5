// The awk interpreter: expressions, statements, rules and the main input loop. Generators, so that system(),
// `cmd | getline` and `print | cmd` can run shell commands through the simulated shell.
import type { Yield } from '../../types';
import type { Expr, Func, Program, Stmt, VarRef } from './ast';
import { callBuiltin } from './builtins';
import { Streams, type AwkIO } from './io';
import { forInOrder } from './order';
import { evalPure, isPure } from './fast';
import { MainInput, unescapeValue } from './input';
import { compile, RegexError } from './regex';
import { isRx, type Rx } from '../lib/posix-regex/index';
import { AwkFatal, Cell, State } from './state';
import { compare, format, input, numToStr, StrNum, toBool, toNum, UNINIT, type Value } from './values';

export type Gen<T> = Generator<Yield, T, unknown>;

class Next {}
class NextFile {}
class Exit {
  constructor(readonly code: number | undefined) {}
}
class Return {
  constructor(readonly v: Value) {}
}

export class Interp {
  st = new State();
  io: Streams;
  /** The line of the statement running (for messages). */
  line = 0;
  frames: Cell[][] = [];
  private ranges = new Map<number, boolean>();
  exitCode = 0;
  private main: MainInput;
  depth = 0;
  rand: { seed: number; prev: number; state: number };

  constructor(
    readonly prog: Program,
    readonly sys: AwkIO,
    argv: string[],
    assigns: [string, string][],
  ) {
    this.io = new Streams(sys, this.st);
    const g = (n: string, v: Value) => this.st.setVar(n, v);
    g('FS', ' ');
    g('OFS', ' ');
    g('ORS', '\n');
    g('RS', '\n');
    g('NR', 0);
    g('FNR', 0);
    g('NF', 0);
    g('SUBSEP', '\x1c');
    g('CONVFMT', '%.6g');
    g('OFMT', '%.6g');
    g('RSTART', 0);
    g('RLENGTH', -1);
    g('FILENAME', '');
    g('RT', '');
    g('IGNORECASE', 0);
    g('ARGC', argv.length);
    const av = this.st.cell('ARGV').arr();
    argv.forEach((a, i) => av.set(String(i), input(a)));
    const env = this.st.cell('ENVIRON').arr();
    for (const [k, v] of Object.entries(sys.env)) env.set(k, input(v));
    const pi = this.st.cell('PROCINFO').arr();
    pi.set('version', '5.1.0');
    pi.set('FS', 'FS');
    pi.set('pid', sys.pid);
    pi.set('ppid', sys.ppid);
    for (const [n, v] of assigns) this.assignVar(n, v);
    this.main = new MainInput(this);
    this.rand = { seed: 1, prev: 0, state: 0x2545f491 };
  }

  /** `-v name=value` and `name=value` operands: escapes processed, a strnum when it looks numeric. */
  assignVar(name: string, raw: string): void {
    const v = input(unescapeValue(raw));
    if (name === 'NF') this.st.setNF(toNum(v));
    else this.st.setVar(name, v);
  }

  fatal(msg: string): never {
    throw new AwkFatal(msg);
  }

  // ---------------------------------------------------------------- variables

  cellOf(r: VarRef): Cell {
    if (r.local !== undefined) return this.frames[this.frames.length - 1][r.local];
    return this.st.cell(r.name);
  }

  getVar(r: VarRef): Value {
    if (r.local === undefined) {
      if (r.name === 'NF') return this.st.getNF();
    }
    return this.cellOf(r).get();
  }

  setVar(r: VarRef, v: Value): void {
    if (r.local === undefined) {
      if (r.name === 'NF') {
        this.st.setNF(Math.trunc(toNum(v)));
        this.st.cell('NF').v = this.st.nf;
        return;
      }
      if (r.name === 'FS') this.st.split();
    }
    this.cellOf(r).set(v);
  }

  subscript(vals: Value[]): string {
    if (vals.length === 1) return this.key(vals[0]);
    return vals.map((v) => this.key(v)).join(this.st.str('SUBSEP'));
  }

  key(v: Value): string {
    if (typeof v === 'number') return Number.isInteger(v) ? numToStr(v, '%d') : numToStr(v, this.st.convfmt);
    return this.st.toStr(v);
  }

  // ---------------------------------------------------------------- expressions

  *evalAll(es: Expr[]): Gen<Value[]> {
    const out: Value[] = [];
    for (const e of es) out.push(yield* this.ev(e));
    return out;
  }

  regexOf(v: Value | Rx, global = false): Rx {
    if (isRx(v)) return v;
    try {
      return compile(this.st.toStr(v), this.st.ignoreCase, global);
    } catch (e) {
      if (e instanceof RegexError) this.fatal(`invalid regexp: ${e.message}: /${this.st.toStr(v)}/`);
      throw e;
    }
  }

  /** A regex operand: a /literal/ stays a regex, anything else is a dynamic regex string. */
  *reArg(e: Expr, global = false): Gen<Rx> {
    if (e.k === 're') return this.regexOf(e.src, global);
    return this.regexOf(yield* this.ev(e), global);
  }

  *ev(e: Expr): Gen<Value> {
    if (isPure(e)) return evalPure(this, e);
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return this.regexOf(e.src).test(this.st.record()) ? 1 : 0;
      case 'var':
        return this.getVar(e);
      case 'idx': {
        const k = this.subscript(yield* this.evalAll(e.subs));
        const a = this.cellOf(e).arr();
        const v = a.get(k);
        if (v === undefined) {
          a.set(k, UNINIT);
          return UNINIT;
        }
        return v;
      }
      case 'field':
        return this.st.field(this.fieldIndex(yield* this.ev(e.e)));
      case 'group':
        if (e.items.length !== 1) this.fatal('syntax error');
        return yield* this.ev(e.items[0]);
      case 'assign': {
        let v: Value;
        if (e.op === '=') {
          v = yield* this.ev(e.rhs);
          if (v instanceof StrNum || typeof v !== 'object') v = v === UNINIT ? UNINIT : v;
        } else {
          const r = toNum(yield* this.ev(e.rhs));
          const l = toNum(yield* this.ev(e.lhs));
          v = this.arith(e.op.slice(0, -1), l, r, `\`${e.op}'`);
        }
        yield* this.assign(e.lhs, v);
        return v;
      }
      case 'cond':
        return toBool(yield* this.ev(e.c)) ? yield* this.ev(e.a) : yield* this.ev(e.b);
      case 'and':
        return toBool(yield* this.ev(e.a)) && toBool(yield* this.ev(e.b)) ? 1 : 0;
      case 'or':
        return toBool(yield* this.ev(e.a)) || toBool(yield* this.ev(e.b)) ? 1 : 0;
      case 'in': {
        const k = this.subscript(yield* this.evalAll(e.subs));
        return this.cellOf(e).arr().has(k) ? 1 : 0;
      }
      case 'match': {
        const s = this.st.toStr(yield* this.ev(e.a));
        const re = yield* this.reArg(e.re);
        return re.test(s) !== e.neg ? 1 : 0;
      }
      case 'cmp': {
        const a = yield* this.ev(e.a);
        const b = yield* this.ev(e.b);
        const c = compare(a, b, this.st.convfmt);
        switch (e.op) {
          case '<':
            return c < 0 ? 1 : 0;
          case '<=':
            return c <= 0 ? 1 : 0;
          case '>':
            return c > 0 ? 1 : 0;
          case '>=':
            return c >= 0 ? 1 : 0;
          case '==':
            return c === 0 ? 1 : 0;
          default:
            return c !== 0 ? 1 : 0;
        }
      }
      case 'concat':
        return this.st.toStr(yield* this.ev(e.a)) + this.st.toStr(yield* this.ev(e.b));
      case 'bin': {
        const a = toNum(yield* this.ev(e.a));
        const b = toNum(yield* this.ev(e.b));
        return this.arith(e.op, a, b, e.op === '%' ? "`%'" : '');
      }
      case 'unary': {
        const v = yield* this.ev(e.e);
        if (e.op === '!') return toBool(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const old = toNum(yield* this.ev(e.lhs));
        const nv = e.op === '++' ? old + 1 : old - 1;
        yield* this.assign(e.lhs, nv);
        return e.prefix ? nv : old;
      }
      case 'call':
        return yield* this.call(e.name, e.args);
      case 'builtin':
        return yield* callBuiltin(this, e.name, e.args, e.parens);
      case 'getline':
        return yield* this.getline(e);
    }
  }

  arith(op: string, a: number, b: number, what: string): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) this.fatal(what ? `division by zero attempted in ${what}` : 'division by zero attempted');
        return a / b;
      case '%':
        if (b === 0) this.fatal(`division by zero attempted in ${what || "`%'"}`);
        return a % b;
      default:
        return pow(a, b);
    }
  }

  fieldIndex(v: Value): number {
    const n = Math.trunc(toNum(v));
    if (n < 0) this.fatal(`attempt to access field ${n}`);
    return n;
  }

  *assign(lhs: Expr, v: Value): Gen<void> {
    if (lhs.k === 'var') this.setVar(lhs, v);
    else if (lhs.k === 'idx') {
      const k = this.subscript(yield* this.evalAll(lhs.subs));
      this.cellOf(lhs).arr().set(k, v);
    } else if (lhs.k === 'field') {
      const i = this.fieldIndex(yield* this.ev(lhs.e));
      this.st.setField(i, v);
    } else if (lhs.k === 'group' && lhs.items.length === 1) yield* this.assign(lhs.items[0], v);
    else this.fatal('assignment is not to a variable');
  }

  *call(name: string, args: Expr[]): Gen<Value> {
    const f: Func | undefined = this.prog.funcs.get(name);
    if (!f) this.fatal(`function \`${name}' not defined`);
    if (args.length > f.params.length) this.fatal(`function \`${name}' called with more arguments than declared`);
    const locals: Cell[] = [];
    for (let i = 0; i < f.params.length; i++) {
      const p = f.params[i];
      const a = args[i];
      if (!a) {
        locals.push(new Cell(p));
        continue;
      }
      if (a.k === 'var' && !(a.local === undefined && a.name === 'NF')) {
        const c = this.cellOf(a);
        if (c.a) {
          const l = new Cell(p);
          l.a = c.a;
          locals.push(l);
          continue;
        }
        if (!c.scalar && c.v === UNINIT) {
          locals.push(new Cell(p, c));
          continue;
        }
      }
      const l = new Cell(p);
      l.v = yield* this.ev(a);
      locals.push(l);
    }
    if (++this.depth > 2000) this.fatal('function call nesting too deep');
    this.frames.push(locals);
    const line = this.line;
    try {
      yield* this.execAll(f.body);
      return UNINIT;
    } catch (e) {
      if (e instanceof Return) return e.v;
      throw e;
    } finally {
      this.frames.pop();
      this.depth--;
      this.line = line;
    }
  }

  *getline(e: Expr & { k: 'getline' }): Gen<Value> {
    let got: { rec: string } | null | -1;
    if (e.from === 'input') got = this.main.nextRecord();
    else {
      const name = this.st.toStr(yield* this.ev(e.src!));
      got = e.from === 'file' ? this.io.readFrom(name) : yield* this.io.readCmd(name);
    }
    if (got === -1) return -1;
    if (!got) return 0;
    if (e.from !== 'file') {
      this.st.setVar('NR', this.st.num('NR') + 1);
      if (e.from === 'input') this.st.setVar('FNR', this.st.num('FNR') + 1);
    }
    if (e.lhs) yield* this.assign(e.lhs, input(got.rec));
    else this.st.setRecord(got.rec);
    return 1;
  }

  // ---------------------------------------------------------------- statements

  *execAll(body: Stmt[]): Gen<'break' | 'continue' | undefined> {
    for (const s of body) {
      const r = yield* this.exec(s);
      if (r) return r;
    }
    return undefined;
  }

  *exec(s: Stmt): Gen<'break' | 'continue' | undefined> {
    this.line = s.line;
    switch (s.k) {
      case 'expr':
        yield* this.ev(s.e);
        return;
      case 'print':
      case 'printf': {
        let text: string;
        if (s.k === 'print') {
          if (!s.args.length) text = this.st.record();
          else {
            const ofmt = this.st.str('OFMT');
            const parts: string[] = [];
            for (const a of s.args) {
              const v = yield* this.ev(a);
              parts.push(typeof v === 'number' ? numToStr(v, ofmt) : this.st.toStr(v));
            }
            text = parts.join(this.st.str('OFS'));
          }
          text += this.st.str('ORS');
        } else {
          const vals = yield* this.evalAll(s.args);
          text = format(this.st.toStr(vals[0]), vals.slice(1), this.st.convfmt, (at) => this.fatal(`not enough arguments to satisfy format string\n\t\`${this.st.toStr(vals[0])}'\n\t${' '.repeat(at)}^ ran out for this one`));
        }
        if (!s.redir) this.io.stdout(text);
        else {
          const target = this.st.toStr(yield* this.ev(s.redir.e));
          yield* this.io.write(s.redir.op, target, text);
        }
        return;
      }
      case 'if':
        if (toBool(yield* this.ev(s.c))) return yield* this.exec(s.t);
        if (s.f) return yield* this.exec(s.f);
        return;
      case 'while':
        while (toBool(yield* this.ev(s.c))) {
          const r = yield* this.exec(s.body);
          if (r === 'break') break;
        }
        return;
      case 'do':
        do {
          const r = yield* this.exec(s.body);
          if (r === 'break') break;
        } while (toBool(yield* this.ev(s.c)));
        return;
      case 'for':
        if (s.init) yield* this.exec(s.init);
        while (!s.c || toBool(yield* this.ev(s.c))) {
          const r = yield* this.exec(s.body);
          if (r === 'break') break;
          if (s.step) yield* this.exec(s.step);
        }
        return;
      case 'forin': {
        const a = this.cellOf(s.arr).arr();
        for (const k of forInOrder([...a.keys()])) {
          if (!a.has(k)) continue;
          yield* this.assign(s.v, input(k));
          const r = yield* this.exec(s.body);
          if (r === 'break') break;
        }
        return;
      }
      case 'block':
        return yield* this.execAll(s.body);
      case 'next':
        throw new Next();
      case 'nextfile':
        throw new NextFile();
      case 'break':
      case 'continue':
        return s.k;
      case 'exit':
        throw new Exit(s.e ? Math.trunc(toNum(yield* this.ev(s.e))) & 255 : undefined);
      case 'return':
        throw new Return(s.e ? yield* this.ev(s.e) : UNINIT);
      case 'delete': {
        const c = this.cellOf(s);
        if (!s.subs) c.arr().clear();
        else c.arr().delete(this.subscript(yield* this.evalAll(s.subs)));
        return;
      }
    }
  }

  // ---------------------------------------------------------------- rules

  private *matches(i: number): Gen<boolean> {
    const r = this.prog.rules[i];
    if (!r.pattern) return true;
    if (!r.pattern2) return toBool(yield* this.ev(r.pattern));
    if (!this.ranges.get(i)) {
      if (!toBool(yield* this.ev(r.pattern))) return false;
      this.ranges.set(i, !toBool(yield* this.ev(r.pattern2)));
      return true;
    }
    if (toBool(yield* this.ev(r.pattern2))) this.ranges.set(i, false);
    return true;
  }

  private *runRules(kind: 'BEGIN' | 'END' | 'BEGINFILE' | 'ENDFILE'): Gen<void> {
    try {
      for (const r of this.prog.rules) if (r.kind === kind) yield* this.execAll(r.body!);
    } catch (e) {
      // from a function called by the rule (in the rule itself the parser refused it)
      if (e instanceof Next || e instanceof NextFile) this.fatal(`\`${e instanceof Next ? 'next' : 'nextfile'}' cannot be called from a \`${kind}' rule`);
      throw e;
    }
  }

  /** Run the program; returns the exit status. */
  *run(): Gen<number> {
    let exiting = false;
    try {
      yield* this.runRules('BEGIN');
      const mains = this.prog.rules.map((r, i) => [r, i] as const).filter(([r]) => r.kind === 'main');
      const needInput = mains.length > 0 || this.prog.rules.some((r) => r.kind === 'END');
      if (needInput) {
        for (;;) {
          const got = this.main.nextRecord();
          if (!got) break;
          this.st.setVar('NR', this.st.num('NR') + 1);
          this.st.setVar('FNR', this.st.num('FNR') + 1);
          this.st.setRecord(got.rec);
          try {
            for (const [r, i] of mains) {
              this.line = r.line;
              if (!(yield* this.matches(i))) continue;
              if (r.body) yield* this.execAll(r.body);
              else this.io.stdout(this.st.record() + this.st.str('ORS'));
            }
          } catch (e) {
            if (e instanceof NextFile) this.main.skipFile();
            else if (!(e instanceof Next)) throw e;
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      if (e.code !== undefined) this.exitCode = e.code;
      exiting = true;
    }
    try {
      yield* this.runRules('END');
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      if (e.code !== undefined) this.exitCode = e.code;
    }
    void exiting;
    return this.exitCode;
  }

  current(): { file: string; fnr: number } {
    return { file: this.st.str('FILENAME'), fnr: this.st.num('FNR') };
  }
}

function pow(a: number, b: number): number {
  return a ** b;
}
