// dc's values (dc/numeric.c, dc/string.c): numbers are bc 1.07.1's (../bc/num.ts), strings are byte strings (one
// char per byte). Reading a number (dc_getnum), printing one at DC_LINE_LENGTH 70 with `\` line breaks (out_char),
// P's base-256 dump, Z's digit count and the int conversion k, i, o, Q, R, a, : and ; use.
import { format, num, pow10, type Num } from '../bc/num';
import { fromBytes, toBytes } from '../lib/bytes';

export type Datum = { t: 'n'; v: Num } | { t: 's'; v: string };
export const dnum = (v: Num): Datum => ({ t: 'n', v });
export const dint = (i: number): Datum => dnum(num(BigInt(i)));

const digit = (c: string | undefined): number => {
  if (c === undefined) return -1;
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
  return -1;
};
const isSpace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c);

/**
 * dc_getnum from text at pos: an optional `_` (or `-`), digits 0-9 and A-F in any input base, a fraction whose
 * value is truncated to as many decimal digits as it has digits. Returns the number and the position of the first
 * character it did not take.
 */
export function getnum(text: string, pos: number, ibase: number): { v: Num; pos: number } {
  let i = pos;
  while (isSpace(text[i])) i++;
  let negative = false;
  if (text[i] === '_' || text[i] === '-') {
    negative = true;
    i++;
  } else if (text[i] === '+') i++;
  while (isSpace(text[i])) i++;
  const B = BigInt(ibase);
  let ip = 0n;
  for (let d = digit(text[i]); d >= 0; d = digit(text[++i])) ip = ip * B + BigInt(d);
  let v = num(ip);
  if (text[i] === '.') {
    i++;
    let build = 0n;
    let divisor = 1n;
    let decimal = 0;
    for (let d = digit(text[i]); d >= 0; d = digit(text[++i])) {
      build = build * B + BigInt(d);
      divisor *= B;
      decimal++;
    }
    v = num(ip * pow10(decimal) + (build * pow10(decimal)) / divisor, decimal);
  }
  if (negative) v = num(-v.n, v.s);
  return { v, pos: i };
}

/** Z of a number (dc_numlen): its digits, integer and fraction, without leading zeros; at least 1. */
export const numlen = (a: Num): number => (a.n === 0n ? 1 : (a.n < 0n ? -a.n : a.n).toString().length);

const LONG_MAX = (1n << 63n) - 1n;
/** dc_num2int: the integer part as a C int; null when bc_num2long gives 0 for a value that is not 0 (an overflow,
 * or a fraction between -1 and 1: dc says it overflows and uses -1). */
export function num2int(a: Num): number | null {
  const ip = a.n / pow10(a.s);
  if (ip > LONG_MAX || ip < -LONG_MAX || (ip === 0n && a.n !== 0n)) return null;
  return Number(BigInt.asIntN(32, ip));
}

/** A number as dc prints it: bc's out_num in obase, a `\` and newline before the 70th column of each line. */
export function outNum(a: Num, obase: number): string {
  const s = format(a, obase);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (++col >= 70) {
      out += '\\\n';
      col = 1;
    }
    out += ch;
  }
  return out;
}

/** P of a number: the integer part of its absolute value as base-256 bytes. */
export function dumpNum(a: Num): string {
  let v = a.n / pow10(a.s);
  if (v < 0n) v = -v;
  let out = '';
  do {
    out = String.fromCharCode(Number(v % 256n)) + out;
    v /= 256n;
  } while (v > 0n);
  return out;
}

/** dc_show_id: a character as dc names it, 'x' (0170) for a graphic one, its octal value otherwise. */
export function showId(code: number): string {
  const oct = code === 0 ? '0' : '0' + code.toString(8);
  return code > 0x20 && code < 0x7f ? `'${String.fromCharCode(code)}' (${oct})` : oct;
}

/** The bytes a text stands for (lib/bytes), one char per byte, as dc reads them; and back for output. */
export const byteString = (text: string): string => {
  const b = toBytes(text);
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
};
export const textOf = (bytes: string): string => fromBytes(Uint8Array.from(bytes, (c) => c.charCodeAt(0) & 0xff));
