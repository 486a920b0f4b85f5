// `set /A expression`: the expression evaluator set /? describes (operators in decreasing order of precedence:
// () grouping; ! ~ - unary; * / %; + -; << >>; &; ^; |; = and the compound assignments; `,` separating expressions),
// on 32-bit signed integers; names are environment variables (undefined or not a number: 0). Its errors are cmd.exe's
// messages (MSG_SET_A_*, the message table of tests/golden/cmd/SOURCES.md) with the error levels cmd.exe sets for
// them, 0x40000000 | the message id (1073750988 ... 1073750993), as public references of set /a list them.

export class ArithError extends Error {
  constructor(
    message: string,
    readonly level: number,
  ) {
    super(message);
  }
}

const ERR = {
  parens: new ArithError('Unbalanced parenthesis.', 1073750988),
  operand: new ArithError('Missing operand.', 1073750989),
  operator: new ArithError('Missing operator.', 1073750990),
  number: new ArithError('Invalid number.  Numeric constants are either decimal (17),\nhexadecimal (0x11), or octal (021).', 1073750991),
  large: new ArithError('Invalid number.  Numbers are limited to 32-bits of precision.', 1073750992),
  zero: new ArithError('Divide by zero error.', 1073750993),
};

type Tok = { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

const OPS = ['<<=', '>>=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '<<', '>>', '(', ')', '!', '~', '-', '*', '/', '%', '+', '&', '^', '|', '=', ','];
const OP_CHARS = new Set('()!~-*/%+<>&^|=,');

const i32 = (n: number) => n | 0;

/** A numeric constant: decimal, 0x hexadecimal or 0 octal; null when it is none of them. */
function parseNumber(s: string): number | null {
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) v = parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) v = parseInt(s, 8);
  else if (/^[1-9][0-9]*$/.test(s)) {
    v = Number(s);
    if (v > 2147483647) throw ERR.large;
    return v;
  } else return null;
  if (v > 0xffffffff) throw ERR.large;
  return i32(v);
}

function lex(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"') {
      i++;
      continue;
    }
    if (OP_CHARS.has(c)) {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (!op) throw ERR.operator; // a lone < or >
      out.push({ t: 'op', v: op });
      i += op.length;
      continue;
    }
    // a number runs over letters and digits (0x1F, 08: a bad one is an invalid number), a name over anything else
    let j = i;
    if (/[0-9]/.test(c)) while (j < text.length && /[0-9A-Za-z]/.test(text[j])) j++;
    else while (j < text.length && !OP_CHARS.has(text[j]) && !' \t"'.includes(text[j])) j++;
    const word = text.slice(i, j);
    if (/^[0-9]/.test(word)) {
      const v = parseNumber(word);
      if (v === null) throw ERR.number;
      out.push({ t: 'num', v });
    } else out.push({ t: 'name', v: word });
    i = j;
  }
  return out;
}

const BINARY: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '<<=', '>>=']);

/** Evaluates `text` against (and assigning into) `vars`; the value of its last expression. */
export function evaluate(text: string, get: (name: string) => string | undefined, set: (name: string, value: string) => void): number {
  const toks = lex(text);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === 'op' && peek()!.v === v;
  const valueOf = (name: string) => {
    const s = (get(name) ?? '').trim();
    const m = /^[-+]?(0[xX][0-9a-fA-F]+|[0-9]+)/.exec(s);
    if (!m) return 0;
    const neg = s.startsWith('-');
    const digits = m[1];
    let v: number;
    try {
      v = parseNumber(digits) ?? parseInt(digits, 10);
    } catch {
      v = 0;
    }
    return i32(neg ? -v : v);
  };
  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '+': return i32(a + b);
      case '-': return i32(a - b);
      case '*': return Math.imul(a, b);
      case '/': if (b === 0) throw ERR.zero; return i32(Math.trunc(a / b));
      case '%': if (b === 0) throw ERR.zero; return i32(a % b);
      case '<<': return b < 0 || b > 31 ? 0 : i32(a << b);
      case '>>': return b < 0 || b > 31 ? (a < 0 ? -1 : 0) : a >> b;
      case '&': return a & b;
      case '^': return a ^ b;
      case '|': return a | b;
    }
    throw ERR.operator;
  };
  function primary(): number {
    const t = peek();
    if (!t) throw ERR.operand;
    if (t.t === 'num') {
      p++;
      return t.v;
    }
    if (t.t === 'name') {
      p++;
      return valueOf(t.v);
    }
    if (t.v === '(') {
      p++;
      const v = comma();
      if (!isOp(')')) throw peek() ? ERR.operator : ERR.parens;
      p++;
      return v;
    }
    if (t.v === '!' || t.v === '~' || t.v === '-' || t.v === '+') {
      p++;
      const v = primary();
      return t.v === '!' ? (v === 0 ? 1 : 0) : t.v === '~' ? ~v : t.v === '-' ? i32(-v) : v;
    }
    throw ERR.operand;
  }
  function binary(level: number): number {
    if (level === BINARY.length) return primary();
    let a = binary(level + 1);
    while (peek()?.t === 'op' && BINARY[level].includes(String(peek()!.v))) {
      const op = toks[p++].v as string;
      a = apply(op, a, binary(level + 1));
    }
    return a;
  }
  function assignment(): number {
    const t = peek();
    const next = toks[p + 1];
    if (t?.t === 'name' && next?.t === 'op' && ASSIGN.has(next.v)) {
      p += 2;
      const rhs = assignment();
      const v = next.v === '=' ? rhs : apply(next.v.slice(0, -1), valueOf(t.v), rhs);
      set(t.v, String(v));
      return v;
    }
    return binary(0);
  }
  function comma(): number {
    let v = assignment();
    while (isOp(',')) {
      p++;
      v = assignment();
    }
    return v;
  }
  const v = comma();
  if (p < toks.length) throw isOp(')') ? ERR.parens : ASSIGN.has(String(peek()!.v)) ? ERR.operand : ERR.operator;
  return v;
}
