// The orderings of sort (coreutils 8.32): numbers as strnumcmp compares them, -h's unit order, -g's strtold, -M's
// month names and -V's filevercmp (the gnulib of coreutils 8.32), each written for this simulator.

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** sort's blanks table: isblank or newline. */
export const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n';

const skipBlanks = (s: string) => {
  let i = 0;
  while (i < s.length && isBlank(s[i])) i++;
  return s.slice(i);
};

/** A number as strnumcmp reads it: sign, integer digits (the thousands separator skipped), fraction. */
function parseNum(s: string, sep: string | null): { neg: boolean; int: string; frac: string } {
  let i = 0;
  const neg = s[0] === '-';
  if (neg) i++;
  while (i < s.length && (s[i] === '0' || s[i] === sep)) i++;
  let int = '';
  while (i < s.length && isDigit(s.charCodeAt(i))) {
    int += s[i++];
    while (i < s.length && s[i] === sep) i++;
  }
  let frac = '';
  if (s[i] === '.') {
    i++;
    while (i < s.length && isDigit(s.charCodeAt(i))) frac += s[i++];
    frac = frac.replace(/0+$/, '');
  }
  return { neg: neg && (int !== '' || frac !== ''), int, frac };
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** strnumcmp: -1, 0 or 1. */
export function strnumcmp(a: string, b: string, sep: string | null): number {
  const x = parseNum(a, sep);
  const y = parseNum(b, sep);
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  const mag = x.int.length - y.int.length || cmpStr(x.int, y.int) || cmpStr(x.frac, y.frac);
  return Math.sign(x.neg ? -mag : mag);
}

/** sort -n: blanks skipped, then strnumcmp. */
export const numcompare = (a: string, b: string, sep: string | null) => strnumcmp(skipBlanks(a), skipBlanks(b), sep);

const UNITS: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** find_unit_order: the suffix's power, signed; a number that is all zeros has none. */
function unitOrder(s: string, sep: string | null): number {
  const minus = s[0] === '-';
  let i = minus ? 1 : 0;
  let nonzero = false;
  let ch: string | undefined;
  do {
    while (i < s.length && isDigit(s.charCodeAt(i))) if (s[i++] !== '0') nonzero = true;
    ch = s[i++];
  } while (ch !== undefined && ch === sep);
  if (ch === '.') {
    while (i < s.length && isDigit(s.charCodeAt(i))) if (s[i++] !== '0') nonzero = true;
    ch = s[i++];
  }
  if (!nonzero) return 0;
  const order = (ch !== undefined && UNITS[ch]) || 0;
  return minus ? -order : order;
}

/** sort -h: the unit first, then the number. */
export function humancompare(a: string, b: string, sep: string | null): number {
  const x = skipBlanks(a);
  const y = skipBlanks(b);
  return Math.sign(unitOrder(x, sep) - unitOrder(y, sep)) || strnumcmp(x, y, sep);
}

/** The prefix strtold converts: null when none (a conversion error). */
function strtold(s: string): number | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:(inf(?:inity)?)|(nan)(?:\([0-9A-Za-z_]*\))?|0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/i.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return sign * Infinity;
  if (m[3]) return NaN;
  if (m[4] !== undefined) {
    const [mant, exp] = m[4].split(/[pP]/);
    const [ip, fp = ''] = mant.split('.');
    const v = (parseInt(ip || '0', 16) + (fp ? parseInt(fp, 16) / 16 ** fp.length : 0)) * 2 ** Number(exp ?? 0);
    return sign * v;
  }
  return sign * Number(m[5]);
}

/** sort -g: conversion errors first, then NaNs, then the numbers. */
export function generalcompare(a: string, b: string): number {
  const x = strtold(a);
  const y = strtold(b);
  if (x === null) return y === null ? 0 : -1;
  if (y === null) return 1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  return 1;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** getmonth: 1-12 for a text that starts (after blanks) with a month's abbreviation in any case, else 0. */
export function getmonth(s: string): number {
  const t = skipBlanks(s).slice(0, 3).replace(/[a-z]/g, (c) => c.toUpperCase());
  return MONTHS.indexOf(t) + 1;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** match_suffix: where /(\.[A-Za-z~][A-Za-z0-9~]*)*$/ starts, or -1. */
function matchSuffix(s: Uint8Array, from: number): number {
  let match = -1;
  let readAlpha = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (readAlpha) {
      readAlpha = false;
      if (!isAlpha(c) && c !== 126) match = -1;
    } else if (c === 46) {
      readAlpha = true;
      if (match < 0) match = i;
    } else if (!isDigit(c) && !isAlpha(c) && c !== 126) match = -1;
  }
  return match;
}

const order = (c: number) => (isDigit(c) ? 0 : isAlpha(c) ? c : c === 126 ? -1 : c + 256);

/** verrevcmp over s1[from1, lim1) and s2[from2, lim2); its digit runs may read on past the limit, as the C does. */
function verrevcmp(s1: Uint8Array, p1: number, l1: number, s2: Uint8Array, p2: number, l2: number): number {
  const at = (s: Uint8Array, i: number) => (i < s.length ? s[i] : 0);
  while (p1 < l1 || p2 < l2) {
    let firstDiff = 0;
    while ((p1 < l1 && !isDigit(s1[p1])) || (p2 < l2 && !isDigit(s2[p2]))) {
      const c1 = p1 === l1 ? 0 : order(at(s1, p1));
      const c2 = p2 === l2 ? 0 : order(at(s2, p2));
      if (c1 !== c2) return c1 - c2;
      p1++;
      p2++;
    }
    while (at(s1, p1) === 48) p1++;
    while (at(s2, p2) === 48) p2++;
    while (isDigit(at(s1, p1)) && isDigit(at(s2, p2))) {
      if (!firstDiff) firstDiff = s1[p1] - s2[p2];
      p1++;
      p2++;
    }
    if (isDigit(at(s1, p1))) return 1;
    if (isDigit(at(s2, p2))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

function bytecmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** filevercmp as gnulib had it for coreutils 8.32 (sort -V, ls -v). */
export function filevercmp(x: string, y: string): number {
  const a = utf8(x);
  const b = utf8(y);
  const simple = bytecmp(a, b);
  if (simple === 0) return 0;
  if (!x) return -1;
  if (!y) return 1;
  if (x === '.') return -1;
  if (y === '.') return 1;
  if (x === '..') return -1;
  if (y === '..') return 1;
  if (x[0] === '.' && y[0] !== '.') return -1;
  if (x[0] !== '.' && y[0] === '.') return 1;
  const s = x[0] === '.' ? 1 : 0;
  const sa = matchSuffix(a, s);
  const sb = matchSuffix(b, s);
  let la = (sa >= 0 ? sa : a.length) - s;
  let lb = (sb >= 0 ? sb : b.length) - s;
  if ((sa >= 0 || sb >= 0) && la === lb && bytecmp(a.subarray(s, s + la), b.subarray(s, s + lb)) === 0) {
    la = a.length - s;
    lb = b.length - s;
  }
  const r = verrevcmp(a, s, s + la, b, s, s + lb);
  return r === 0 ? simple : r;
}

/** Byte order of the UTF-8 texts (code point order). */
export function codecmp(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
  return x.length - y.length;
}
