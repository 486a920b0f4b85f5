// date's FORMAT (coreutils 8.32 through gnulib's nstrftime, C/English names) and the -d strings learners give:
// @SECONDS, YYYY-MM-DD[ T]HH:MM[:SS], now/today/yesterday/tomorrow, and relative items (+1 day, 2 weeks ago).
import type { LocalTime } from '../../lib/clock';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day of the year, 1-based. */
const yday = (t: LocalTime) => Math.floor((Date.UTC(t.y, t.mo, t.d) - Date.UTC(t.y, 0, 1)) / 86400000) + 1;

/** ISO 8601 week-based year and week. */
function isoWeek(t: LocalTime): [number, number] {
  const d = new Date(Date.UTC(t.y, t.mo, t.d));
  const wd = (t.wd + 6) % 7;
  d.setUTCDate(d.getUTCDate() - wd + 3);
  const y = d.getUTCFullYear();
  return [y, 1 + Math.floor((d.getTime() - Date.UTC(y, 0, 1)) / 86400000 / 7)];
}

/** nstrftime over a broken-down time; `ms` is the instant (for %s and %N). */
export function strftime(fmt: string, t: LocalTime, ms: number): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== '%') {
      out += fmt[i];
      continue;
    }
    const m = /^%([-_0^#]*)(\d*)(E|O)?(:{0,3}[a-zA-Z%+])?/.exec(fmt.slice(i))!;
    if (!m[4]) {
      out += fmt.slice(i, i + m[0].length);
      i += m[0].length - 1;
      continue;
    }
    i += m[0].length - 1;
    const flags = m[1];
    const conv = m[4];
    let pad = '0';
    let width = 0;
    let s: string;
    const num = (v: number, w: number, p = '0') => {
      pad = p;
      width = w;
      return String(v);
    };
    const h12 = t.h % 12 || 12;
    switch (conv) {
      case 'a': s = DAYS[t.wd].slice(0, 3); break;
      case 'A': s = DAYS[t.wd]; break;
      case 'b': case 'h': s = MONTHS[t.mo].slice(0, 3); break;
      case 'B': s = MONTHS[t.mo]; break;
      case 'c': s = strftime('%a %b %e %H:%M:%S %Y', t, ms); break;
      case 'C': s = num(Math.floor(t.y / 100), 2); break;
      case 'd': s = num(t.d, 2); break;
      case 'D': s = strftime('%m/%d/%y', t, ms); break;
      case 'e': s = num(t.d, 2, ' '); break;
      case 'F': s = strftime('%Y-%m-%d', t, ms); break;
      case 'g': s = num(isoWeek(t)[0] % 100, 2); break;
      case 'G': s = num(isoWeek(t)[0], 1); break;
      case 'H': s = num(t.h, 2); break;
      case 'I': s = num(h12, 2); break;
      case 'j': s = num(yday(t), 3); break;
      case 'k': s = num(t.h, 2, ' '); break;
      case 'l': s = num(h12, 2, ' '); break;
      case 'm': s = num(t.mo + 1, 2); break;
      case 'M': s = num(t.mi, 2); break;
      case 'n': s = '\n'; break;
      case 'N': s = String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + '000000'; break;
      case 'p': s = t.h < 12 ? 'AM' : 'PM'; break;
      case 'P': s = t.h < 12 ? 'am' : 'pm'; break;
      case 'q': s = num(Math.floor(t.mo / 3) + 1, 1); break;
      case 'r': s = strftime('%I:%M:%S %p', t, ms); break;
      case 'R': s = strftime('%H:%M', t, ms); break;
      case 's': s = String(Math.floor(ms / 1000)); break;
      case 'S': s = num(t.s, 2); break;
      case 't': s = '\t'; break;
      case 'T': s = strftime('%H:%M:%S', t, ms); break;
      case 'u': s = num(t.wd || 7, 1); break;
      case 'U': s = num(Math.floor((yday(t) - 1 - t.wd + 7) / 7), 2); break;
      case 'V': s = num(isoWeek(t)[1], 2); break;
      case 'w': s = num(t.wd, 1); break;
      case 'W': s = num(Math.floor((yday(t) - 1 - ((t.wd + 6) % 7) + 7) / 7), 2); break;
      case 'x': s = strftime('%m/%d/%y', t, ms); break;
      case 'X': s = strftime('%H:%M:%S', t, ms); break;
      case 'y': s = num(t.y % 100, 2); break;
      case 'Y': s = num(t.y, 1); break;
      case 'z': s = t.numeric; break;
      case ':z': s = t.numeric.slice(0, 3) + ':' + t.numeric.slice(3); break;
      case '::z': s = t.numeric.slice(0, 3) + ':' + t.numeric.slice(3) + ':00'; break;
      case ':::z': s = t.numeric.endsWith('00') ? t.numeric.slice(0, 3) : t.numeric.slice(0, 3) + ':' + t.numeric.slice(3); break;
      case 'Z': s = t.abbr; break;
      case '%': s = '%'; break;
      case '+': s = strftime('%a %b %e %H:%M:%S %Z %Y', t, ms); break;
      default: s = fmt.slice(i - m[0].length + 1, i + 1);
    }
    if (flags.includes('-')) width = 0;
    else if (flags.includes('_')) pad = ' ';
    else if (flags.includes('0')) pad = '0';
    if (m[2]) width = Number(m[2]);
    if (width && s.length < width) {
      const neg = s.startsWith('-') && pad === '0';
      s = neg ? '-' + s.slice(1).padStart(width - 1, pad) : s.padStart(width, pad);
    } else if (flags.includes('-') && /^\d+$/.test(s)) s = String(Number(s));
    if (flags.includes('^')) s = s.toUpperCase();
    else if (flags.includes('#')) s = /[a-z]/.test(s) ? s.toUpperCase() : s.toLowerCase();
    out += s;
  }
  return out;
}

const UNITS: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 };

/**
 * A -d string as the instant it names, or null when date would call it invalid. `now` is the current instant,
 * `local(y, mo, d, h, mi, s)` the instant of a wall-clock time in the guest's zone.
 */
export function parseDate(str: string, now: number, local: (y: number, mo: number, d: number, h: number, mi: number, s: number) => number, today: LocalTime): number | null {
  let s = str.trim().toLowerCase();
  const at = /^@(-?\d+)$/.exec(s);
  if (at) return Number(at[1]) * 1000;
  let base: { y: number; mo: number; d: number; h: number; mi: number; s: number } | null = null;
  let utc = false;
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2}))?)?(z| utc)?/.exec(s);
  if (abs) {
    base = { y: Number(abs[1]), mo: Number(abs[2]) - 1, d: Number(abs[3]), h: Number(abs[4] ?? 0), mi: Number(abs[5] ?? 0), s: Number(abs[6] ?? 0) };
    utc = !!abs[7];
    if (base.mo > 11 || base.d < 1 || base.d > 31 || base.h > 23 || base.mi > 59 || base.s > 60) return null;
    s = s.slice(abs[0].length);
  } else {
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(s);
    if (clock) {
      base = { y: today.y, mo: today.mo, d: today.d, h: Number(clock[1]), mi: Number(clock[2]), s: Number(clock[3] ?? 0) };
      s = s.slice(clock[0].length);
    }
  }
  let delta = 0;
  let months = 0;
  let dayShift = 0;
  const words = s.trim();
  const re = /\s*(?:(now|today)|(yesterday)|(tomorrow)|([-+]?\d+)?\s*(years?|months?|fortnights?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?)(\s+ago)?)/y;
  let p = 0;
  while (p < words.length) {
    re.lastIndex = p;
    const m = re.exec(words);
    if (!m || m[0].trim() === '') return null;
    p = re.lastIndex;
    if (m[1]) continue;
    if (m[2]) { dayShift -= 1; continue; }
    if (m[3]) { dayShift += 1; continue; }
    let n = m[4] === undefined ? 1 : Number(m[4]);
    if (m[6]) n = -n;
    const unit = m[5].replace(/s$/, '');
    if (unit === 'year') months += 12 * n;
    else if (unit === 'month') months += n;
    else delta += n * UNITS[unit];
  }
  let t: number;
  if (base) t = utc ? Date.UTC(base.y, base.mo, base.d, base.h, base.mi, base.s) : local(base.y, base.mo, base.d, base.h, base.mi, base.s);
  else t = now;
  if (months || dayShift) {
    // calendar arithmetic on the wall clock, as get_date does
    const b = base;
    const y = b ? b.y : today.y;
    const mo = (b ? b.mo : today.mo) + months;
    const day = (b ? b.d : today.d) + dayShift;
    const h = b ? b.h : today.h;
    const mi = b ? b.mi : today.mi;
    const sec = b ? b.s : today.s;
    t = local(y, mo, day, h, mi, sec) + (b ? 0 : now % 1000);
  }
  return t + delta * 1000;
}
