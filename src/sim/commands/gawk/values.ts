// awk's values: numbers, strings, strnums (input that looks numeric) and the uninitialized value; conversions
// with CONVFMT/OFMT and printf's formats as C's printf writes them.

/** Input text (fields, getline, -v, ARGV) that looks like a number: compares as a number, prints as typed. */
export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

/** The value of a variable never assigned: "" and 0 at once. */
export const UNINIT: unique symbol = Symbol('uninit');

export type Value = number | string | StrNum | typeof UNINIT;

const NUM_PREFIX = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/;
const LOOKS_NUMERIC = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)[ \t\n\r\f\v]*$/;

/** strtod of the leading part, as awk turns a string into a number ("3x" is 3, "x" is 0). */
export function strToNum(s: string): number {
  const m = NUM_PREFIX.exec(s);
  if (m) return Number(m[0].trim());
  const inf = /^[ \t\n\r\f\v]*([-+])(inf|nan)/i.exec(s);
  if (inf) return inf[2].toLowerCase() === 'nan' ? NaN : inf[1] === '-' ? -Infinity : Infinity;
  return 0;
}

/** Text from input: a strnum when it looks like a number. */
export function input(s: string): string | StrNum {
  return LOOKS_NUMERIC.test(s) ? new StrNum(s, Number(s.trim())) : s;
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  if (v === UNINIT) return 0;
  return v.n;
}

/** A number as a string: integers as %d, others through the format (CONVFMT, or OFMT for print). */
export function numToStr(n: number, fmt: string): string {
  // integral values print as integers (%ld, or %.0f beyond a long: the exact value either way)
  if (Number.isInteger(n)) return Math.abs(n) < 1e15 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  if (Number.isNaN(n)) return '-nan';
  if (!Number.isFinite(n)) return n < 0 ? '-inf' : '+inf';
  return format(fmt, [n]);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  if (v === UNINIT) return '';
  return v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (v === UNINIT) return false;
  return v.n !== 0;
}

const isNumeric = (v: Value) => typeof v === 'number' || v instanceof StrNum || v === UNINIT;

/** POSIX comparison: numeric when both sides are numeric (numbers, strnums, uninitialized), else as strings. */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

// ------------------------------------------------------------------ printf

/** Round-half-even where the decimal value is exactly half way (C rounds the exact binary value; JS rounds ties up). */
function fixed(x: number, prec: number): string {
  if (x >= 1e21) return BigInt(x).toString() + (prec > 0 ? '.' + '0'.repeat(prec) : '');
  const s = x.toFixed(Math.min(prec, 100));
  if (prec > 75) return s;
  const longer = x.toFixed(prec + 25);
  const dot = longer.indexOf('.');
  if (/^50*$/.test(longer.slice(dot + 1 + prec))) {
    const cut = prec === 0 ? longer.slice(0, dot) : longer.slice(0, dot + 1 + prec);
    if (Number(cut.slice(-1)) % 2 === 0) return cut;
  }
  return s;
}

function expo(x: number, prec: number, upper: boolean): string {
  let s = x.toExponential(prec);
  if (prec <= 98) {
    const longer = x.toExponential(Math.min(100, prec + 25));
    const [mant, ex] = longer.split('e');
    const dot = mant.indexOf('.');
    const tail = mant.slice(dot + 1 + prec);
    if (/^50*$/.test(tail)) {
      const cut = prec === 0 ? mant.slice(0, dot) : mant.slice(0, dot + 1 + prec);
      if (Number(cut.slice(-1)) % 2 === 0) s = cut + 'e' + ex;
    }
  }
  const m = /^(-?[\d.]+)e([-+])(\d+)$/.exec(s)!;
  const out = `${m[1]}e${m[2]}${m[3].padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function general(x: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? (0).toFixed(p - 1) : '0';
  const e = Number(expo(Math.abs(x), p - 1, false).split('e')[1]);
  let s = e < -4 || e >= p ? expo(x, p - 1, upper) : fixed(x, p - 1 - e);
  if (!alt) {
    if (s.includes('e') || s.includes('E')) s = s.replace(/\.?0+([eE])/, '$1');
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    const pre = /^[-+ ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : '';
    const body = s.slice(sign.length + pre.length);
    return sign + pre + body.padStart(width - sign.length - pre.length, '0');
  }
  return s.padStart(width);
}

export type FormatArg = number | string | Value;

/** sprintf: C's conversions over awk values (numbers for %d %e %f %g %x %o %u %c, strings for %s). */
export function format(fmt: string, args: FormatArg[], convfmt = '%.6g', onMissing?: (at: number) => void): string {
  let out = '';
  let ai = 0;
  let at = 0;
  const nextArg = (): Value => {
    if (ai < args.length) return args[ai++] as Value;
    onMissing?.(at);
    return UNINIT;
  };
  const num = (v: Value) => toNum(v);
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([a-zA-Z%])?/.exec(fmt.slice(i));
    if (!m || !m[5]) {
      out += fmt.slice(i);
      break;
    }
    i += m[0].length - 1;
    at = i;
    const flags = m[1];
    let width = m[2] === '*' ? Math.trunc(num(nextArg())) : m[2] ? Number(m[2]) : 0;
    let left = flags.includes('-');
    if (width < 0) {
      left = true;
      width = -width;
    }
    let prec = m[3] === undefined ? -1 : m[3] === '*' ? Math.trunc(num(nextArg())) : Number(m[3] || 0);
    if (prec < 0 && m[3] === '*') prec = -1;
    const conv = m[5];
    const plus = flags.includes('+');
    const space = flags.includes(' ');
    const alt = flags.includes('#');
    const zero = flags.includes('0') && !left;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const v = nextArg();
    switch (conv) {
      case 'd':
      case 'i': {
        const x = num(v);
        if (!Number.isFinite(x)) {
          out += pad(Number.isNaN(x) ? (plus ? '+nan' : 'nan').replace('+nan', x < 0 ? '-nan' : '+nan') : x < 0 ? '-inf' : plus ? '+inf' : 'inf', width, left, false);
          break;
        }
        const t = Math.trunc(x);
        let digits = Math.abs(t) < 1e21 ? BigInt(Math.abs(t)).toString() : Math.abs(t).toFixed(0);
        if (prec >= 0) digits = prec === 0 && t === 0 ? '' : digits.padStart(prec, '0');
        const s = (t < 0 ? '-' : plus ? '+' : space ? ' ' : '') + digits;
        out += pad(s, width, left, zero && prec < 0);
        break;
      }
      case 'o':
      case 'x':
      case 'X':
      case 'u': {
        const x = Math.trunc(num(v));
        let b = x < 0 ? BigInt.asUintN(64, BigInt(x)) : BigInt(Number.isFinite(x) ? x : 0);
        if (x >= 2 ** 64) b = BigInt(x);
        let digits = b.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
        if (conv === 'X') digits = digits.toUpperCase();
        if (prec >= 0) digits = prec === 0 && b === 0n ? '' : digits.padStart(prec, '0');
        if (alt && conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
        if (alt && (conv === 'x' || conv === 'X') && b !== 0n) digits = (conv === 'x' ? '0x' : '0X') + digits;
        out += pad(digits, width, left, zero && prec < 0);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = num(v);
        const p = prec < 0 ? 6 : prec;
        let s: string;
        if (!Number.isFinite(x)) s = Number.isNaN(x) ? 'nan' : 'inf';
        else if (conv === 'e' || conv === 'E') s = expo(Math.abs(x), p, conv === 'E');
        else if (conv === 'f' || conv === 'F') s = fixed(Math.abs(x), p);
        else s = general(Math.abs(x), p, alt, conv === 'G');
        if (alt && (conv === 'f' || conv === 'F') && p === 0) s += '.';
        if (conv === 'F' || conv === 'E' || conv === 'G') s = s.replace('inf', 'INF').replace('nan', 'NAN');
        s = x < 0 || (Object.is(x, -0) && conv !== 'g') ? '-' + s : plus ? '+' + s : space ? ' ' + s : s;
        out += pad(s, width, left, zero && Number.isFinite(x));
        break;
      }
      case 'c': {
        // a number is a character code; a string gives its first character
        const s = typeof v === 'number' || v instanceof StrNum ? String.fromCodePoint(Math.max(0, Math.trunc(toNum(v))) % 0x110000) : ([...toStr(v, convfmt)][0] ?? '');
        out += pad(s, width, left, false);
        break;
      }
      case 's': {
        let s = toStr(v, convfmt);
        if (prec >= 0) s = [...s].slice(0, prec).join('');
        out += pad(s, width, left, false);
        break;
      }
      default:
        out += m[0];
        ai--;
    }
  }
  return out;
}
