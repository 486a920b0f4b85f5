// Shell arithmetic: $(( )) and (( )), integers only.

export class ArithError extends Error {}

/** Evaluate `expr` with variables read from and assigned to `vars`. */
export function evalArith(expr: string, vars: Record<string, string>): number {
  const toks = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\+\+|--|\*\*|<=|>=|==|!=|&&|\|\||<<|>>|[-+*/%<>()!=,]|\+=|-=|\*=|\/=|\S/g) ?? [];
  // re-join compound assignment operators split by the regex above
  const t: string[] = [];
  for (const x of toks) {
    const last = t[t.length - 1];
    if (x === '=' && last && ['+', '-', '*', '/', '%'].includes(last) && t.length >= 2 && /^[A-Za-z_]/.test(t[t.length - 2])) t[t.length - 1] = last + '=';
    else t.push(x);
  }
  let i = 0;
  const peek = () => t[i];
  const num = (name: string) => {
    const v = vars[name];
    if (v === undefined || v === '') return 0;
    const n = parseInt(v, 10);
    return Number.isFinite(n) ? n : 0;
  };
  const comma = (): number => {
    let v = assign();
    while (peek() === ',') {
      i++;
      v = assign();
    }
    return v;
  };
  const assign = (): number => {
    if (/^[A-Za-z_]/.test(peek() ?? '') && ['=', '+=', '-=', '*=', '/=', '%='].includes(t[i + 1])) {
      const name = t[i];
      const op = t[i + 1];
      i += 2;
      const r = assign();
      const cur = num(name);
      const v = op === '=' ? r : op === '+=' ? cur + r : op === '-=' ? cur - r : op === '*=' ? cur * r : op === '/=' ? (r === 0 ? div0() : Math.trunc(cur / r)) : r === 0 ? div0() : cur % r;
      vars[name] = String(v);
      return v;
    }
    return or();
  };
  const div0 = (): never => {
    throw new ArithError('division by 0');
  };
  const bin = (next: () => number, ops: string[], f: (op: string, a: number, b: number) => number) => (): number => {
    let v = next();
    while (ops.includes(peek())) {
      const op = t[i++];
      v = f(op, v, next());
    }
    return v;
  };
  const unary = (): number => {
    const x = peek();
    if (x === '-') {
      i++;
      return -unary();
    }
    if (x === '+') {
      i++;
      return unary();
    }
    if (x === '!') {
      i++;
      return unary() ? 0 : 1;
    }
    if (x === '++' || x === '--') {
      i++;
      const name = t[i++];
      const v = num(name) + (x === '++' ? 1 : -1);
      vars[name] = String(v);
      return v;
    }
    return postfix();
  };
  const postfix = (): number => {
    const x = t[i++];
    if (x === undefined) throw new ArithError('syntax error: operand expected');
    if (x === '(') {
      const v = comma();
      if (t[i++] !== ')') throw new ArithError('missing `)\'');
      return v;
    }
    if (/^\d+$/.test(x)) return parseInt(x, 10);
    if (/^[A-Za-z_]/.test(x)) {
      if (peek() === '++' || peek() === '--') {
        const op = t[i++];
        const v = num(x);
        vars[x] = String(v + (op === '++' ? 1 : -1));
        return v;
      }
      return num(x);
    }
    throw new ArithError(`syntax error: operand expected (error token is "${x}")`);
  };
  const mul = bin(unary, ['*', '/', '%'], (op, a, b) => (op === '*' ? a * b : b === 0 ? div0() : op === '/' ? Math.trunc(a / b) : a % b));
  const add = bin(mul, ['+', '-'], (op, a, b) => (op === '+' ? a + b : a - b));
  const cmp = bin(add, ['<', '>', '<=', '>='], (op, a, b) => Number(op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b));
  const eq = bin(cmp, ['==', '!='], (op, a, b) => Number(op === '==' ? a === b : a !== b));
  const and = bin(eq, ['&&'], (_op, a, b) => Number(!!a && !!b));
  const or = bin(and, ['||'], (_op, a, b) => Number(!!a || !!b));
  if (t.length === 0) return 0;
  const v = comma();
  if (i < t.length) throw new ArithError(`syntax error in expression (error token is "${t.slice(i).join(' ')}")`);
  return v;
}
