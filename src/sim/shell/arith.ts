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

/** A number as bash reads it: decimal, 0x hex, 0 octal, base#digits (bases 2 to 64). */
function number(text: string, fail: (msg: string) => never): number {
  let base = 10;
  let digits = text;
  const m = /^(\d+)#(.*)$/.exec(text);
  if (m) {
    base = Number(m[1]);
    digits = m[2];
    if (base < 2 || base > 64) fail('invalid arithmetic base');
  } else if (/^0[xX]/.test(text)) {
    base = 16;
    digits = text.slice(2);
  } else if (/^0/.test(text) && text.length > 1) {
    base = 8;
    digits = text.slice(1);
  }
  let v = 0;
  for (const c of digits) {
    let d: number;
    if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (c >= 'a' && c <= 'z') d = c.charCodeAt(0) - 87;
    else if (c >= 'A' && c <= 'Z') d = c.charCodeAt(0) - (base <= 36 ? 55 : 29);
    else if (c === '@') d = 62;
    else if (c === '_') d = 63;
    else return fail('invalid number');
    if (d >= base) fail('value too great for base');
    v = v * base + d;
  }
  return v;
}

const wrap = (n: number) => Number(BigInt.asIntN(64, BigInt(Math.trunc(n))));

/** Evaluate `expr` with variables read from and assigned to `vars`. */
export function evalArith(expr: string, vars: Record<string, string> | ArithScope, depth = 0): number {
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
  const get = (name: string, sub?: string): number => {
    const v = scope.get(name, sub);
    if (v === undefined || v === '') return 0;
    if (/^-?\d+$/.test(v.trim())) return Number(v.trim());
    if (depth > 100) throw new ArithError(`${name}: expression recursion level exceeded`);
    return evalArith(v, scope, depth + 1);
  };
  const set = (name: string, v: number, sub?: string) => {
    if (!noeval) scope.set(name, String(v), sub);
    return v;
  };
  const comma = (): number => {
    let v = assign();
    while (peek() === ',') {
      next();
      v = assign();
    }
    return v;
  };
  const assign = (): number => {
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
  const cond = (): number => {
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
  const lor = (): number => {
    let v = land();
    while (peek() === '||') {
      next();
      if (v) noeval++;
      const r = land();
      if (v) noeval--;
      v = v || r ? 1 : 0;
    }
    return v;
  };
  const land = (): number => {
    let v = level(0);
    while (peek() === '&&') {
      next();
      if (!v) noeval++;
      const r = level(0);
      if (!v) noeval--;
      v = v && r ? 1 : 0;
    }
    return v;
  };
  const LEVELS = [['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
  const binop = (op: string, a: number, b: number, at: number): number => {
    switch (op) {
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return Number(a === b);
      case '!=': return Number(a !== b);
      case '<': return Number(a < b);
      case '>': return Number(a > b);
      case '<=': return Number(a <= b);
      case '>=': return Number(a >= b);
      case '<<': return wrap(Number(BigInt(a) << BigInt(b & 63)));
      case '>>': return Number(BigInt(a) >> BigInt(b & 63));
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return Number(BigInt.asIntN(64, BigInt(a) * BigInt(b)));
    }
    if (b === 0) {
      if (noeval) return 0;
      return fail('division by 0', at);
    }
    return op === '/' ? Math.trunc(a / b) : a % b;
  };
  const level = (n: number): number => {
    if (n === LEVELS.length) return pow();
    let v = level(n + 1);
    while (LEVELS[n].includes(peek() ?? '')) {
      next();
      const at = toks[i]?.at ?? src.length;
      v = binop(toks[i - 1].v, v, level(n + 1), at);
    }
    return v;
  };
  const pow = (): number => {
    const b = unary();
    if (peek() !== '**') return b;
    next();
    const e = pow();
    if (e < 0) fail('exponent less than 0');
    return Number(BigInt.asIntN(64, BigInt(b) ** BigInt(e)));
  };
  const unary = (): number => {
    const x = peek();
    if (x === '-' || x === '+' || x === '!' || x === '~') {
      next();
      const v = unary();
      return x === '-' ? wrap(-v) : x === '+' ? v : x === '!' ? Number(!v) : ~v;
    }
    if (x === '++' || x === '--') {
      next();
      const name = next();
      if (!isName(name)) fail('syntax error: operand expected');
      const sub = subOf();
      return set(name!, get(name!, sub) + (x === '++' ? 1 : -1), sub);
    }
    return primary();
  };
  const primary = (): number => {
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
        set(x, v + (next() === '++' ? 1 : -1), sub);
        return v;
      }
      return get(x, sub);
    }
    return fail('syntax error: operand expected');
  };
  if (toks.length === 0) return 0;
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
