// Shell arithmetic: $(( )), (( )), let and `declare -i`, integers only, with bash's operators, precedence,
// number bases and error texts (expr.c): `1/0 : division by 0 (error token is "0 ")`.

export class ArithError extends Error {
  /** An expansion error: it ends the line (or the script), as subst.c's expand errors do. */
  fatal?: boolean;
}

/** An error of parameter expansion (bad substitution, `${x:?}`, unbound variable under `set -u`). */
export function expandError(msg: string): ArithError {
  const e = new ArithError(msg);
  e.fatal = true;
  return e;
}

/** `name[sub]`: the subscript text of a name token (an array element). */
type Tok = { v: string; at: number; sub?: string };

/** Where arithmetic reads and writes variables: a plain map, or the shell's variables with arrays (value.ts). */
export interface ArithScope {
  get(name: string, sub?: string): string | undefined;
  set(name: string, value: string, sub?: string): void;
}

const OPS = ['<<=', '>>=', '**', '++', '--', '<=', '>=', '==', '!=', '&&', '||', '<<', '>>', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|='];
const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);

/** A number as expr.c's strlong reads it: decimal, 0x hex, 0 octal, base#digits (bases 2 to 64), in intmax_t. */
function number(text: string, fail: (msg: string) => never): bigint {
  let base = 10n;
  let found = false;
  let k = 0;
  if (text[0] === '0') {
    k = 1;
    if (text.length === 1) return 0n;
    if (text[1] === 'x' || text[1] === 'X') {
      base = 16n;
      k = 2;
    } else base = 8n;
    found = true;
  }
  let v = 0n;
  for (; k < text.length; k++) {
    const c = text[k];
    if (c === '#') {
      if (found) fail('invalid number');
      if (v < 2n || v > 64n) fail('invalid arithmetic base');
      base = v;
      v = 0n;
      found = true;
      if (!/[0-9A-Za-z@_]/.test(text[k + 1] ?? '')) fail('invalid integer constant');
      continue;
    }
    let d: number;
    if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (c >= 'a' && c <= 'z') d = c.charCodeAt(0) - 87;
    else if (c >= 'A' && c <= 'Z') d = c.charCodeAt(0) - (base <= 36n ? 55 : 29);
    else if (c === '@') d = 62;
    else if (c === '_') d = 63;
    else return fail('invalid number');
    if (BigInt(d) >= base) fail('value too great for base');
    v = wrap(v * base + BigInt(d));
  }
  return v;
}

/** intmax_t: two's complement in 64 bits */
const wrap = (n: bigint) => BigInt.asIntN(64, n);
const MIN = -(2n ** 63n);
const b = (x: boolean) => (x ? 1n : 0n);

/** Evaluate `expr` with variables read from and assigned to `vars` (a JavaScript number: see evalArithBig). */
export function evalArith(expr: string, vars: Record<string, string> | ArithScope, depth = 0): number {
  return Number(evalArithBig(expr, vars, depth));
}

/** Evaluate `expr` in intmax_t, as expr.c does, with variables read from and assigned to `vars`. */
export function evalArithBig(expr: string, vars: Record<string, string> | ArithScope, depth = 0): bigint {
  const scope: ArithScope = typeof vars.get === 'function' ? (vars as ArithScope) : mapScope(vars as Record<string, string>);
  const src = expr.replace(/^[ \t\n]+/, '');
  const toks: Tok[] = [];
  const re = /[ \t\n]*(?:(\d[0-9A-Za-z@_#]*)|([A-Za-z_][A-Za-z0-9_]*)|(\S))/y;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) break;
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3]).length;
    if (m[3]) {
      const op = OPS.find((o) => src.startsWith(o, at)) ?? m[3];
      toks.push({ v: op, at });
      pos = at + op.length;
    } else {
      const t: Tok = { v: m[1] ?? m[2], at };
      pos = re.lastIndex;
      // an array element: the subscript up to its matching `]` (expr.c expr_skipsubscript)
      if (m[2] && src[pos] === '[') {
        let d = 0;
        let k = pos;
        for (; k < src.length; k++) {
          if (src[k] === '[') d++;
          else if (src[k] === ']' && --d === 0) break;
        }
        if (k < src.length) {
          t.sub = src.slice(pos + 1, k);
          pos = k + 1;
        }
      }
      toks.push(t);
    }
  }
  let i = 0;
  let noeval = 0;
  /** where the last token read starts (expr.c's lasttp): the error token runs from there */
  let last = 0;
  const peek = () => toks[i]?.v;
  const next = () => {
    const t = toks[i++];
    if (t) last = t.at;
    return t?.v;
  };
  const fail = (msg: string, at = last, end = src.length): never => {
    throw new ArithError(`${src.slice(0, end)}: ${msg} (error token is "${src.slice(at, end)}")`);
  };
  const isName = (x: string | undefined) => !!x && /^[A-Za-z_]/.test(x);
  /** the subscript of the name token just read */
  const subOf = () => toks[i - 1]?.sub;
  const get = (name: string, sub?: string): bigint => {
    const v = scope.get(name, sub);
    if (v === undefined || v === '') return 0n;
    if (/^-?[1-9]\d*$/.test(v.trim())) return wrap(BigInt(v.trim()));
    if (depth > 100) throw new ArithError(`${name}: expression recursion level exceeded`);
    return evalArithBig(v, scope, depth + 1);
  };
  const set = (name: string, v: bigint, sub?: string) => {
    if (!noeval) scope.set(name, String(v), sub);
    return v;
  };
  const comma = (): bigint => {
    let v = assign();
    while (peek() === ',') {
      next();
      v = assign();
    }
    return v;
  };
  const assign = (): bigint => {
    if (isName(peek()) && ASSIGN.has(toks[i + 1]?.v)) {
      const name = next()!;
      const sub = subOf();
      const op = next()!;
      const r = assign();
      if (op === '=') return set(name, r, sub);
      return set(name, binop(op.slice(0, -1), get(name, sub), r, toks[i - 1]?.at ?? last), sub);
    }
    const v = cond();
    if (ASSIGN.has(peek() ?? '')) {
      next();
      fail('attempted assignment to non-variable');
    }
    return v;
  };
  const cond = (): bigint => {
    const c = lor();
    if (peek() !== '?') return c;
    next();
    if (!c) noeval++;
    const a = comma();
    if (!c) noeval--;
    if (peek() !== ':') fail("`:' expected for conditional expression");
    next();
    if (c) noeval++;
    const b = cond();
    if (c) noeval--;
    return c ? a : b;
  };
  const lor = (): bigint => {
    let v = land();
    while (peek() === '||') {
      next();
      if (v) noeval++;
      const r = land();
      if (v) noeval--;
      v = b(!!v || !!r);
    }
    return v;
  };
  const land = (): bigint => {
    let v = level(0);
    while (peek() === '&&') {
      next();
      if (!v) noeval++;
      const r = level(0);
      if (!v) noeval--;
      v = b(!!v && !!r);
    }
    return v;
  };
  const LEVELS = [['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
  const binop = (op: string, x: bigint, y: bigint, at: number): bigint => {
    switch (op) {
      case '|': return x | y;
      case '^': return x ^ y;
      case '&': return x & y;
      case '==': return b(x === y);
      case '!=': return b(x !== y);
      case '<': return b(x < y);
      case '>': return b(x > y);
      case '<=': return b(x <= y);
      case '>=': return b(x >= y);
      // the shift count as x86 takes it (the low six bits)
      case '<<': return wrap(x << (y & 63n));
      case '>>': return x >> (y & 63n);
      case '+': return wrap(x + y);
      case '-': return wrap(x - y);
      case '*': return wrap(x * y);
    }
    if (y === 0n) {
      if (noeval) return 0n;
      return fail('division by 0', at);
    }
    // INTMAX_MIN / -1 stays INTMAX_MIN, INTMAX_MIN % -1 is 0
    if (x === MIN && y === -1n) return op === '/' ? MIN : 0n;
    return op === '/' ? x / y : x % y;
  };
  const level = (n: number): bigint => {
    if (n === LEVELS.length) return pow();
    let v = level(n + 1);
    while (LEVELS[n].includes(peek() ?? '')) {
      next();
      const at = toks[i]?.at ?? src.length;
      v = binop(toks[i - 1].v, v, level(n + 1), at);
    }
    return v;
  };
  const pow = (): bigint => {
    let base = unary();
    if (peek() !== '**') return base;
    next();
    let e = pow();
    if (e === 0n) return 1n;
    if (e < 0n) fail('exponent less than 0');
    // ipow: squaring in intmax_t
    let r = 1n;
    while (e) {
      if (e & 1n) r = wrap(r * base);
      e >>= 1n;
      base = wrap(base * base);
    }
    return r;
  };
  const unary = (): bigint => {
    const x = peek();
    if (x === '-' || x === '+' || x === '!' || x === '~') {
      next();
      const v = unary();
      return x === '-' ? wrap(-v) : x === '+' ? v : x === '!' ? b(!v) : ~v;
    }
    if (x === '++' || x === '--') {
      next();
      const name = next();
      if (!isName(name)) fail('syntax error: operand expected');
      const sub = subOf();
      return set(name!, wrap(get(name!, sub) + (x === '++' ? 1n : -1n)), sub);
    }
    return primary();
  };
  const primary = (): bigint => {
    const x = next();
    if (x === undefined) return fail('syntax error: operand expected');
    if (x === '(') {
      const v = comma();
      if (peek() !== ')') fail("missing `)'");
      next();
      return v;
    }
    if (/^\d/.test(x)) {
      const t = toks[i - 1];
      return number(x, (msg) => fail(msg, t.at, t.at + x.length));
    }
    if (isName(x)) {
      const sub = subOf();
      if (peek() === '++' || peek() === '--') {
        const v = get(x, sub);
        set(x, wrap(v + (next() === '++' ? 1n : -1n)), sub);
        return v;
      }
      return get(x, sub);
    }
    return fail('syntax error: operand expected');
  };
  if (toks.length === 0) return 0n;
  const v = comma();
  if (i < toks.length) {
    last = toks[i].at;
    fail('syntax error in expression');
  }
  return v;
}

function mapScope(vars: Record<string, string>): ArithScope {
  return {
    get: (name) => vars[name],
    set: (name, value) => {
      vars[name] = value;
    },
  };
}
