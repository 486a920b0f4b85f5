// lib/strutils.c of procps-ng 3.3.17: strtol_or_err and strtod_or_err, as `error(EXIT_FAILURE, errno, "%s: '%s'",
// errmesg, str)` reports them: glibc's strtol sets no errno when no digit is read, ERANGE past a long.

const LONG_MAX = 2n ** 63n - 1n;

/** strtol(str, &end, 10) with the whole string used: the number, else the message (without the program name). */
export function strtolOrErr(str: string, errmesg: string): number | string {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(str);
  if (!m) return `${errmesg}: '${str}'`;
  const v = BigInt(m[1]);
  if (v > LONG_MAX || v < -LONG_MAX - 1n) return `${errmesg}: '${str}': Numerical result out of range`;
  return Number(v);
}

/** strtod(str, &end) with the whole string used (decimal and hexadecimal forms, inf and nan). */
export function strtodOrErr(str: string, errmesg: string): number | string {
  const s = str.replace(/^[ \t\n\v\f\r]+/, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) {
    const v = Number(s);
    if (!Number.isFinite(v)) return `${errmesg}: '${str}': Numerical result out of range`;
    return v;
  }
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(s)) return NaN;
  return `${errmesg}: '${str}'`;
}
