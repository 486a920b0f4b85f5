// parse_time() and format_timespan() of systemd 252's src/basic/time-util.c, in microseconds (bigint: systemd's
// usec_t is 64 bits and "infinity" is its largest value).
export const INFINITY = (1n << 64n) - 1n;
const SEC = 1_000_000n;
const MIN = 60n * SEC;
const HOUR = 60n * MIN;
const DAY = 24n * HOUR;
const WEEK = 7n * DAY;
const MONTH = 2_629_800n * SEC;
const YEAR = 31_557_600n * SEC;

/** extract_multiplier()'s table, longest suffix first where it matters, in systemd's order. */
const MULT: [string, bigint][] = [
  ['seconds', SEC], ['second', SEC], ['sec', SEC], ['s', SEC], ['minutes', MIN], ['minute', MIN], ['min', MIN], ['months', MONTH],
  ['month', MONTH], ['M', MONTH], ['msec', 1000n], ['ms', 1000n], ['m', MIN], ['hours', HOUR], ['hour', HOUR], ['hr', HOUR], ['h', HOUR],
  ['days', DAY], ['day', DAY], ['d', DAY], ['weeks', WEEK], ['week', WEEK], ['w', WEEK], ['years', YEAR], ['year', YEAR], ['y', YEAR],
  ['usec', 1n], ['us', 1n], ['µs', 1n],
];

/** parse_time(t, default_unit = seconds): the span in µs, or an errno name. */
export function parseTime(t: string, unit = SEC): bigint | 'EINVAL' | 'ERANGE' {
  let p = t.replace(/^[ \t\n\r]+/, '');
  if (p.startsWith('infinity')) return p.slice(8).trim() === '' ? INFINITY : 'EINVAL';
  let r = 0n;
  let something = false;
  for (;;) {
    p = p.replace(/^[ \t\n\r]+/, '');
    if (p === '') return something ? r : 'EINVAL';
    if (p[0] === '-') return 'ERANGE';
    const m = /^[+]?\d+/.exec(p);
    const dot = m ? p[m[0].length] === '.' : p[0] === '.';
    if (!m && !dot) return 'EINVAL';
    const l = BigInt(m ? m[0].replace('+', '') : '0');
    let rest = p.slice(m ? m[0].length : 0);
    let frac = '';
    if (dot) {
      frac = /^\.(\d*)/.exec(rest)![1];
      rest = rest.slice(1 + frac.length);
    }
    const trimmed = rest.replace(/^[ \t\n\r]+/, '');
    const hit = MULT.find(([s]) => trimmed.startsWith(s));
    const mult = hit ? hit[1] : unit;
    const after = hit ? trimmed.slice(hit[0].length) : trimmed;
    if (!hit && rest !== '' && after === rest) return 'EINVAL';
    p = after;
    if (l >= INFINITY / mult) return 'ERANGE';
    r += l * mult;
    something = true;
    if (dot) {
      if (frac === '') return 'EINVAL';
      let k = mult / 10n;
      for (const c of frac) {
        r += BigInt(c) * k;
        k /= 10n;
      }
    }
  }
}

/** format_timespan(t, accuracy). */
export function formatTimespan(t: bigint, accuracy = 1n): string {
  if (t === INFINITY) return 'infinity';
  if (t <= 0n) return '0';
  const table: [string, bigint][] = [['y', YEAR], ['month', MONTH], ['w', WEEK], ['d', DAY], ['h', HOUR], ['min', MIN], ['s', SEC], ['ms', 1000n], ['us', 1n]];
  const out: string[] = [];
  for (const [suffix, usec] of table) {
    if (t <= 0n) break;
    if (t < accuracy && out.length) break;
    if (t < usec) continue;
    const a = t / usec;
    let b = t % usec;
    if (t < MIN && b > 0n) {
      let j = 0;
      for (let cc = usec; cc > 1n; cc /= 10n) j++;
      for (let cc = accuracy; cc > 1n; cc /= 10n) {
        b /= 10n;
        j--;
      }
      if (j > 0) {
        out.push(`${a}.${b.toString().padStart(j, '0')}${suffix}`);
        t = 0n;
        continue;
      }
    }
    out.push(`${a}${suffix}`);
    t = b;
  }
  return out.join(' ');
}

export const errnoText: Record<string, string> = { EINVAL: 'Invalid argument', ERANGE: 'Numerical result out of range' };
