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

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LONG_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A part of parse_timestamp() (time-util.c), in UTC: now, today, yesterday, tomorrow, `@SECONDS`, `+SPAN`,
 * `-SPAN`, `SPAN ago`, `SPAN left`, and `[WEEKDAY] [YYYY-MM-DD] [HH:MM[:SS[.FRACTION]]] [UTC]`. Microseconds since
 * the epoch, or null when it does not read the text. */
export function parseTimestamp(input: string, nowMs: number): bigint | null {
  const now = BigInt(nowMs) * 1000n;
  let t = input.trim();
  const day = 86_400_000_000n;
  const midnight = (now / day) * day;
  if (t === 'now') return now;
  if (t === 'today') return midnight;
  if (t === 'yesterday') return midnight - day;
  if (t === 'tomorrow') return midnight + day;
  const at = /^@(\d+)(?:\.(\d{1,6}))?$/.exec(t);
  if (at) return BigInt(at[1]) * 1_000_000n + BigInt((at[2] ?? '').padEnd(6, '0') || '0');
  const rel = (span: string, sign: 1n | -1n) => {
    const v = parseTime(span);
    return typeof v === 'string' ? null : now + sign * v;
  };
  if (t.startsWith('+')) return rel(t.slice(1), 1n);
  if (t.startsWith('-')) return rel(t.slice(1), -1n);
  if (/ ago$/.test(t)) return rel(t.slice(0, -4), -1n);
  if (/ left$/.test(t)) return rel(t.slice(0, -5), 1n);
  t = t.replace(/ UTC$/, '');
  const words = t.split(' ');
  let wday = -1;
  const w = words[0]?.toLowerCase() ?? '';
  if (WEEKDAYS.includes(w) || LONG_WEEKDAYS.includes(w)) {
    wday = Math.max(WEEKDAYS.indexOf(w), LONG_WEEKDAYS.indexOf(w));
    words.shift();
  }
  let y: number, mo: number, d: number;
  let rest = words;
  const dm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(words[0] ?? '');
  if (dm) {
    [y, mo, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
    rest = words.slice(1);
  } else {
    const n = new Date(nowMs);
    [y, mo, d] = [n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate()];
    if (!rest.length) return null;
  }
  if (rest.length > 1) return null;
  let h = 0, mi = 0, s = 0, us = 0n;
  if (rest.length) {
    const tm = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6}))?)?$/.exec(rest[0]);
    if (!tm) return null;
    [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
    us = BigInt((tm[4] ?? '').padEnd(6, '0') || '0');
    if (h > 23 || mi > 59 || s > 60) return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCDate() !== d) return null;
  if (wday >= 0 && check.getUTCDay() !== wday) return null;
  return BigInt(ms) * 1000n + us;
}
