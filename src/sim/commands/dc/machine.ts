// The dc machine (dc/eval.c, dc/stack.c, dc/array.c of bc 1.07.1's dc 1.4.1): the stack, 256 register stacks with
// their arrays, ibase/obase/scale, and dc_func's commands with their messages. evalStr runs a string (a macro or
// -e EXPR) as evalstr() does, tail calls included; top.ts runs standard input or a file as dc_evalfile() does.
import { add, cmp, div, isZero, mod, mul, num, pow, rescale, sqrt, sub, trunc, type Num } from '../bc/num';
import { dint, dnum, dumpNum, num2int, numlen, outNum, showId, type Datum } from './data';

export const enum St {
  OKAY,
  EATONE,
  EVALREG,
  EVALTOS,
  QUIT,
  INT,
  STR,
  SYSTEM,
  COMMENT,
  NEGCMP,
  EOF_ERROR,
}
export const EOF = -1;
export const STEPS = 2_000_000;
/** Macros inside macros (x not at a string's end) deeper than this stop the run as STEPS does. */
export const DEPTH = 2000;

interface Reg {
  v: Datum | null;
  arr: Map<number, Datum>;
}

/** Standard input as '?' reads it: the text and the next unread position (shared with a top level reading it). */
export interface Input {
  text: string;
  pos: number;
}

export class Dc {
  stack: Datum[] = [];
  regs = new Map<number, Reg[]>();
  ibase = 10;
  obase = 10;
  scale = 0;
  unwindDepth = 0;
  unwindNoexit = false;
  /** Commands run; past STEPS the run stops (a macro that never ends would hold the page; see DIFFERENCES.md). */
  steps = 0;
  depth = 0;
  constructor(
    readonly out: (bytes: string) => void,
    readonly err: (s: string) => void,
    readonly stdin: Input,
  ) {}

  private empty() {
    this.err('dc: stack empty\n');
  }
  pop(): Datum | null {
    const d = this.stack.pop();
    if (!d) this.empty();
    return d ?? null;
  }
  push(d: Datum) {
    this.stack.push(d);
  }
  private int(d: Datum, dflt: number): number {
    if (d.t !== 'n') return dflt;
    const i = num2int(d.v);
    if (i === null) {
      this.err('dc: value overflows simple integer; punting...\n');
      return -1;
    }
    return i;
  }
  print(d: Datum, nl: boolean) {
    this.out((d.t === 'n' ? outNum(d.v, this.obase) : d.v) + (nl ? '\n' : ''));
  }

  private twoNums(n = 2): Num[] | null {
    if (this.stack.length < n) {
      this.empty();
      return null;
    }
    const top = this.stack.slice(-n);
    if (top.some((d) => d.t !== 'n')) {
      this.err('dc: non-numeric value\n');
      return null;
    }
    return top.map((d) => d.v as Num);
  }
  /** dc_binop/dc_binop2/dc_triop: the operands stay when op fails (null). */
  private op(n: number, f: (x: Num[]) => Num[] | null) {
    const xs = this.twoNums(n);
    if (!xs) return;
    const r = f(xs);
    if (!r) return;
    this.stack.length -= n;
    for (const v of r) this.push(dnum(v));
  }
  cmpop(): number {
    const xs = this.twoNums();
    if (!xs) return 0;
    this.stack.length -= 2;
    return cmp(xs[1], xs[0]);
  }

  private regs_(id: number): Reg[] {
    let r = this.regs.get(id);
    if (!r) this.regs.set(id, (r = []));
    return r;
  }
  regGet(id: number): Datum | null {
    const r = this.regs_(id).at(-1);
    if (!r) return dint(0);
    if (!r.v) {
      this.err(`dc: BUG: register ${showId(id)} exists but is uninitialized?\n`);
      return null;
    }
    return r.v;
  }

  private raise(a: Num, b: Num): Num {
    if (b.s !== 0) this.err('Runtime warning: non-zero scale in exponent\n');
    return pow(a, trunc(b), this.scale) ?? num(0n);
  }

  /** bc_raisemod (lib/number.c): square-and-multiply, each product at max(scale, scale of the base) and reduced
   * with bc's modulo at `scale`; null (operands left) for a zero modulus or a negative exponent. */
  private modexp([base, expo, m]: Num[]): Num[] | null {
    if (isZero(m)) {
      this.err('dc: remainder by zero\n');
      return null;
    }
    if (expo.n < 0n) return null;
    if (base.s !== 0) this.err('Runtime warning: non-zero scale in base\n');
    if (expo.s !== 0) this.err('Runtime warning: non-zero scale in exponent\n');
    if (m.s !== 0) this.err('Runtime warning: non-zero scale in modulus\n');
    const rscale = Math.max(this.scale, base.s);
    let e = trunc(expo);
    let power = base;
    let t = num(1n);
    while (e !== 0n) {
      if (e & 1n) t = mod(mul(t, power, rscale), m, this.scale)!;
      e >>= 1n;
      power = mod(mul(power, power, rscale), m, this.scale)!;
    }
    return [t];
  }

  /** dc_func: what one command character does; c and peekc are byte values or EOF. */
  func(c: number, peekc: number, negcmp: boolean): St {
    this.steps++;
    const ch = String.fromCharCode(c);
    if ('_.0123456789ABCDEF'.includes(ch) && c !== EOF) return St.INT;
    let d: Datum | null;
    switch (ch) {
      case ' ':
      case '\t':
      case '\n':
        return St.OKAY;
      case '+':
        this.op(2, ([a, b]) => [add(a, b)]);
        return St.OKAY;
      case '-':
        this.op(2, ([a, b]) => [sub(a, b)]);
        return St.OKAY;
      case '*':
        this.op(2, ([a, b]) => [mul(a, b, this.scale)]);
        return St.OKAY;
      case '/':
        this.op(2, ([a, b]) => {
          const q = div(a, b, this.scale);
          if (!q) this.err('dc: divide by zero\n');
          return q && [q];
        });
        return St.OKAY;
      case '%':
        this.op(2, ([a, b]) => {
          const r = mod(a, b, this.scale);
          if (!r) this.err('dc: remainder by zero\n');
          return r && [r];
        });
        return St.OKAY;
      case '~':
        this.op(2, ([a, b]) => {
          const q = div(a, b, this.scale);
          const r = mod(a, b, this.scale);
          if (!q || !r) this.err('dc: divide by zero\n');
          return q && r && [q, r];
        });
        return St.OKAY;
      case '|':
        this.op(3, (x) => this.modexp(x));
        return St.OKAY;
      case '^':
        this.op(2, ([a, b]) => [this.raise(a, b)]);
        return St.OKAY;
      case '<':
      case '=':
      case '>': {
        if (peekc === EOF) return St.EOF_ERROR;
        const r = this.cmpop();
        const hit = ch === '<' ? r < 0 : ch === '=' ? r === 0 : r > 0;
        return hit === !negcmp ? St.EVALREG : St.EATONE;
      }
      case '?': {
        const { text, pos } = this.stdin;
        const nl = text.indexOf('\n', pos);
        const end = nl < 0 ? text.length : nl;
        this.push({ t: 's', v: text.slice(pos, end) });
        this.stdin.pos = nl < 0 ? end : end + 1;
        return St.EVALTOS;
      }
      case '[':
        return St.STR;
      case '!':
        return peekc === 60 || peekc === 61 || peekc === 62 ? St.NEGCMP : St.SYSTEM;
      case '#':
        return St.COMMENT;
      case 'a':
        if ((d = this.pop())) {
          const b = d.t === 'n' ? String.fromCharCode(this.int(d, 0) & 0xff) : d.v ? d.v[0] : '\0';
          this.push({ t: 's', v: b });
        }
        return St.OKAY;
      case 'c':
        this.stack = [];
        return St.OKAY;
      case 'd':
        if (this.stack.length) this.push(this.stack[this.stack.length - 1]);
        else this.empty();
        return St.OKAY;
      case 'f':
        for (let i = this.stack.length - 1; i >= 0; i--) this.print(this.stack[i], true);
        return St.OKAY;
      case 'i':
        if ((d = this.pop())) {
          const t = this.int(d, 0);
          if (t >= 2 && t <= 16) this.ibase = t;
          else this.err('dc: input base must be a number between 2 and 16 (inclusive)\n');
        }
        return St.OKAY;
      case 'k':
        if ((d = this.pop())) {
          const t = this.int(d, -1);
          if (!(t >= 0)) this.err('dc: scale must be a nonnegative number\n');
          else this.scale = t;
        }
        return St.OKAY;
      case 'l':
        if (peekc === EOF) return St.EOF_ERROR;
        if ((d = this.regGet(peekc))) this.push(d);
        return St.EATONE;
      case 'n':
        if ((d = this.pop())) this.print(d, false);
        return St.OKAY;
      case 'o':
        if ((d = this.pop())) {
          const t = this.int(d, 0);
          if (!(t > 1)) this.err('dc: output base must be a number greater than 1\n');
          else this.obase = t;
        }
        return St.OKAY;
      case 'p':
        if (this.stack.length) this.print(this.stack[this.stack.length - 1], true);
        else this.empty();
        return St.OKAY;
      case 'q':
        this.unwindDepth = 1;
        this.unwindNoexit = false;
        return St.QUIT;
      case 'r':
        this.rotate(2);
        return St.OKAY;
      case 's':
        if (peekc === EOF) return St.EOF_ERROR;
        if ((d = this.pop())) {
          const r = this.regs_(peekc);
          if (!r.length) r.push({ v: d, arr: new Map() });
          else r[r.length - 1].v = d;
        }
        return St.EATONE;
      case 'v':
        if ((d = this.pop())) {
          if (d.t !== 'n') this.err('dc: square root of nonnumeric attempted\n');
          else {
            const v = d.v;
            const r = isZero(v) ? num(0n) : cmp(v, num(1n)) === 0 ? num(1n) : sqrt(v, this.scale);
            if (r) this.push(dnum(r));
            else this.err('dc: square root of negative number\n');
          }
        }
        return St.OKAY;
      case 'x':
        return St.EVALTOS;
      case 'z':
        this.push(dint(this.stack.length));
        return St.OKAY;
      case 'I':
        this.push(dint(this.ibase));
        return St.OKAY;
      case 'K':
        this.push(dint(this.scale));
        return St.OKAY;
      case 'O':
        this.push(dint(this.obase));
        return St.OKAY;
      case 'L': {
        if (peekc === EOF) return St.EOF_ERROR;
        const r = this.regs_(peekc);
        const top = r.at(-1);
        if (!top || !top.v) this.err(`dc: stack register ${showId(peekc)} is empty\n`);
        else {
          r.pop();
          this.push(top.v);
        }
        return St.EATONE;
      }
      case 'P':
        if ((d = this.pop())) this.out(d.t === 'n' ? dumpNum(d.v) : d.v);
        return St.OKAY;
      case 'Q':
        if ((d = this.pop())) {
          this.unwindDepth = 0;
          this.unwindNoexit = true;
          if (d.t === 'n') this.unwindDepth = this.int(d, 0);
          if (this.unwindDepth-- > 0) return St.QUIT;
          this.unwindDepth = 0;
          this.err('dc: Q command requires a number >= 1\n');
        }
        return St.OKAY;
      case 'R':
        if ((d = this.pop())) this.rotate(this.int(d, 0));
        return St.OKAY;
      case 'S':
        if (peekc === EOF) return St.EOF_ERROR;
        if ((d = this.pop())) this.regs_(peekc).push({ v: d, arr: new Map() });
        return St.EATONE;
      case 'X':
        if ((d = this.pop())) this.push(dint(d.t === 'n' ? d.v.s : 0));
        return St.OKAY;
      case 'Z':
        if ((d = this.pop())) this.push(dint(d.t === 'n' ? numlen(d.v) : d.v.length));
        return St.OKAY;
      case ':':
        if (peekc === EOF) return St.EOF_ERROR;
        if ((d = this.pop())) {
          const idx = this.int(d, -1);
          const v = this.pop();
          if (v) {
            if (idx < 0) this.err('dc: array index must be a nonnegative integer\n');
            else {
              const r = this.regs_(peekc);
              if (!r.length) r.push({ v: null, arr: new Map() });
              r[r.length - 1].arr.set(idx, v);
            }
          }
        }
        return St.EATONE;
      case ';':
        if (peekc === EOF) return St.EOF_ERROR;
        if ((d = this.pop())) {
          const idx = this.int(d, -1);
          if (idx < 0) this.err('dc: array index must be a nonnegative integer\n');
          else this.push(this.regs_(peekc).at(-1)?.arr.get(idx) ?? dint(0));
        }
        return St.EATONE;
    }
    // dc_show_id(stdout, ...): the name and "unimplemented" go to standard output, "dc: " to standard error
    this.err('dc: ');
    this.out(`${showId(c)} unimplemented\n`);
    return St.OKAY;
  }

  /** dc_stack_rotate: the top |n| values, n > 0 the n-th comes up, n < 0 the top goes down. */
  rotate(n: number) {
    const k = Math.min(Math.abs(n), this.stack.length);
    if (k < 2) return;
    const at = this.stack.length - k;
    if (n > 0) this.stack.push(...this.stack.splice(at, 1));
    else this.stack.splice(at, 0, this.stack.pop()!);
  }
}
