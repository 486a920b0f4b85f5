// GNU bc 1.07.1's numbers (number.c): a decimal value with its own scale (digits after the point). The result
// scales follow bc(1): + and - keep the larger scale; * keeps min(a+b, max(scale, a, b)); / gives `scale` digits;
// % is a - (a/b)*b at max(scale + scale(b), scale(a)); ^ (integer exponent) min(scale(a)*e, max(scale, scale(a))),
// a negative exponent divides 1 by the power at `scale`; sqrt max(scale, scale(a)). Every result is truncated.
export interface Num {
  /** the value times 10^s */
  n: bigint;
  s: number;
}

const P10: bigint[] = [1n];
export const pow10 = (k: number): bigint => {
  while (P10.length <= k) P10.push(P10[P10.length - 1] * 10n);
  return P10[k];
};

export const num = (n: bigint, s = 0): Num => ({ n, s });
export const ZERO = num(0n);
export const isZero = (a: Num) => a.n === 0n;

/** a at scale s: more digits are zeros, fewer truncate toward zero. */
export function rescale(a: Num, s: number): Num {
  if (s === a.s) return a;
  if (s > a.s) return num(a.n * pow10(s - a.s), s);
  return num(a.n / pow10(a.s - s), s);
}

export const add = (a: Num, b: Num): Num => {
  const s = Math.max(a.s, b.s);
  return num(rescale(a, s).n + rescale(b, s).n, s);
};
export const neg = (a: Num): Num => num(-a.n, a.s);
export const sub = (a: Num, b: Num) => add(a, neg(b));

export function mul(a: Num, b: Num, scale: number): Num {
  const full = num(a.n * b.n, a.s + b.s);
  return rescale(full, Math.min(a.s + b.s, Math.max(scale, a.s, b.s)));
}

/** null: division by zero. */
export function div(a: Num, b: Num, scale: number): Num | null {
  if (b.n === 0n) return null;
  return num((a.n * pow10(scale + b.s)) / (b.n * pow10(a.s)), scale);
}

export function mod(a: Num, b: Num, scale: number): Num | null {
  const q = div(a, b, scale);
  if (!q) return null;
  const r = sub(a, num(q.n * b.n, q.s + b.s));
  return rescale(r, Math.max(scale + b.s, a.s));
}

export function cmp(a: Num, b: Num): number {
  const d = sub(a, b).n;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The integer part of a (the exponent of ^). */
export const trunc = (a: Num): bigint => rescale(a, 0).n;

export function pow(a: Num, e: bigint, scale: number): Num | null {
  if (e === 0n) return num(1n);
  if (e < 0n) {
    const p = num(a.n ** -e, a.s * Number(-e));
    return div(num(1n), p, scale);
  }
  const full = num(a.n ** e, a.s * Number(e));
  return rescale(full, Math.min(a.s * Number(e), Math.max(scale, a.s)));
}

function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  let x = BigInt(Math.floor(Math.sqrt(Number(v))));
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x && x * x <= v && (x + 1n) * (x + 1n) > v) return x;
    x = y;
  }
}

/** null: square root of a negative number. */
export function sqrt(a: Num, scale: number): Num | null {
  if (a.n < 0n) return null;
  const s = Math.max(scale, a.s);
  return num(isqrt(rescale(a, 2 * s).n), s);
}

/** length(): significant digits (the scale's digits count, leading zeros of the integer part do not). */
export function length(a: Num): number {
  if (a.n === 0n) return a.s === 0 ? 1 : a.s;
  const d = (a.n < 0n ? -a.n : a.n).toString().length;
  return Math.max(d, a.s);
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The digits bc prints for a in base obase (out_num: no leading zero before the point, 0 alone for zero). */
export function format(a: Num, obase: number): string {
  if (a.n === 0n) return '0';
  const sign = a.n < 0n ? '-' : '';
  const abs = a.n < 0n ? -a.n : a.n;
  const ip = abs / pow10(a.s);
  let frac = abs % pow10(a.s);
  if (obase === 10) {
    const f = a.s ? '.' + frac.toString().padStart(a.s, '0') : '';
    return sign + (ip === 0n && a.s ? '' : ip.toString()) + f;
  }
  const B = BigInt(obase);
  const width = obase > 16 ? String(obase - 1).length : 0;
  const digit = (d: bigint) => (obase <= 16 ? DIGITS[Number(d)] : ' ' + String(d).padStart(width, '0'));
  let ints = '';
  if (ip === 0n) ints = obase <= 16 ? (a.s ? '' : '0') : a.s ? '' : digit(0n);
  for (let v = ip; v > 0n; v /= B) ints = digit(v % B) + ints;
  let out = sign + ints;
  if (a.s) {
    out += '.';
    const one = pow10(a.s);
    for (let t = 1n; t.toString().length <= a.s; t *= B) {
      frac *= B;
      out += digit(frac / one);
      frac %= one;
    }
  }
  return out;
}

/** A constant as the lexer read it, its digits taken in ibase (a single digit keeps its own value). */
export function parseConst(text: string, ibase: number): Num {
  const [ip, fp = ''] = text.split('.');
  const val = (c: string) => BigInt(DIGITS.indexOf(c));
  if (ibase === 10 || (text.length === 1 && ip.length === 1)) {
    if (!/[A-Z]/.test(text)) return num(BigInt((ip || '0') + fp), fp.length);
  }
  if (text.length === 1) return num(val(text));
  const B = BigInt(ibase);
  let n = 0n;
  for (const c of ip) n = n * B + val(c);
  if (!fp) return num(n);
  // the fraction in ibase, kept to as many decimal digits as it has digits
  let f = 0n;
  let d = 1n;
  for (const c of fp) {
    f = f * B + val(c);
    d *= B;
  }
  const s = fp.length;
  return num(n * pow10(s) + (f * pow10(s)) / d, s);
}
