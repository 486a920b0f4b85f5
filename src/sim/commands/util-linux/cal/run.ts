// cal of util-linux 2.37.4, ported from misc-utils/cal.c: one month by default, -3 (the months around), -n, -S,
// -y (the year, a heading with its number), -Y (twelve months on), -j (days of the year), -m/-s (week start),
// -w (week numbers), -v (vertical), --reform/--iso; the operands [[day] month] year, a month name, or a timestamp.
// Today (or the day asked for) is shown in standout mode (terminfo smso/rmso) only when standard output is a
// terminal: colors_init() leaves highlighting off otherwise. The names are the C/English locale's.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { terminalWidth } from '../lib/text';
import { spec } from './spec';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DIM = [
  [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
];
const GREGORIAN = -2147483648;
const JULIAN = 2147483647;
const SPACE = -1;
const MAXDAYS = 42;
const WEEK_NUM_MASK = 0xff;
const WEEK_NUM_ISO = 0x100;
const WEEK_NUM_US = 0x200;
/** xterm's smso and rmso. */
const SENTER = '\x1b[7m';
const SEXIT = '\x1b[27m';

interface Ctl {
  reform: number;
  weekstart: number;
  weektype: number;
  dayWidth: number;
  weekWidth: number;
  gutter: number;
  julian: boolean;
  headerYear: boolean;
  headerHint: boolean;
  vertical: boolean;
  numMonths: number;
  span: boolean;
  inRow: number;
  req: { day: number; month: number; year: number; week: number; start: number };
  senter: string;
  sexit: string;
}

interface Month {
  days: number[];
  weeks: number[];
  month: number;
  year: number;
}

class Fail extends Error {}

const leap = (c: Ctl, y: number) => (y <= c.reform ? y % 4 === 0 : (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
const mod = (a: number, b: number) => a % b;

function dayInYear(c: Ctl, day: number, month: number, year: number): number {
  const l = leap(c, year) ? 1 : 0;
  for (let i = 1; i < month; i++) day += DIM[l][i];
  return day;
}

function dayInWeek(c: Ctl, day: number, month: number, year: number): number {
  const reform = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const old = [5, 1, 0, 3, 5, 1, 3, 6, 2, 4, 0, 2];
  if (year !== c.reform + 1) year -= month < 3 ? 1 : 0;
  else year -= (month < 3 ? 1 : 0) + 14;
  const q = (a: number, b: number) => Math.trunc(a / b);
  if (c.reform < year || (year === c.reform && 9 < month) || (year === c.reform && month === 9 && 13 < day))
    return mod(year + q(year, 4) - q(year, 100) + q(year, 400) + reform[month - 1] + day, 7);
  if (year < c.reform || (year === c.reform && month < 9) || (year === c.reform && month === 9 && day < 3)) return mod(year + q(year, 4) + old[month - 1] + day, 7);
  return 8;
}

function weekNumber(day: number, month: number, year: number, c: Ctl): number {
  const wday = dayInWeek(c, 1, 1, year);
  let fday = c.weektype & WEEK_NUM_ISO ? wday + (wday >= 5 ? -2 : 5) : wday + 6;
  if (day > 31) month = 1;
  const yday = dayInYear(c, day, month, year);
  if (year === c.reform && yday >= 258) fday -= 11;
  if (yday + fday < 7) return weekNumber(31, 12, year - 1, c);
  if (c.weektype === WEEK_NUM_ISO && yday >= 363) {
    const d = dayInWeek(c, day, month, year);
    const e = dayInWeek(c, 31, 12, year);
    if (d >= 1 && d <= 3 && e >= 1 && e <= 3) return weekNumber(1, 1, year + 1, c);
  }
  return Math.trunc((yday + fday) / 7);
}

function weekToDay(c: Ctl): number {
  const wday = dayInWeek(c, 1, 1, c.req.year);
  let yday = c.req.week * 7 - wday;
  if (c.req.year === c.reform && yday >= 258) yday += 11;
  yday -= c.weektype & WEEK_NUM_ISO ? (wday >= 5 ? -2 : 5) : 6;
  return yday <= 0 ? 1 : yday;
}

/** mbsalign(): centred (the odd space goes first) or left-aligned, cut to the width. */
const center = (s: string, w: number) => {
  s = s.slice(0, w);
  const n = w - s.length;
  return ' '.repeat(Math.ceil(n / 2)) + s + ' '.repeat(Math.floor(n / 2));
};
const left = (s: string, w: number) => s.slice(0, w).padEnd(w);
const num = (n: number, w: number) => String(n).padStart(w);

function fill(m: Month, c: Ctl): void {
  let first = dayInWeek(c, 1, m.month, m.year);
  let j = c.julian ? dayInYear(c, 1, m.month, m.year) : 1;
  let monthDays = j + DIM[leap(c, m.year) ? 1 : 0][m.month];
  let weeklines = 0;
  if (c.weekstart) {
    first -= c.weekstart;
    if (first < 0) first = 7 - c.weekstart;
    monthDays += c.weekstart - 1;
  }
  for (let i = 0; i < MAXDAYS; i++) {
    if (0 < first) {
      m.days[i] = SPACE;
      first--;
      continue;
    }
    if (j < monthDays) {
      if (m.year === c.reform && m.month === 9 && (j === 3 || j === 247)) j += 11;
      m.days[i] = j++;
      continue;
    }
    m.days[i] = SPACE;
    weeklines++;
  }
  if (c.weektype) {
    let weeknum = weekNumber(1, m.month, m.year, c);
    weeklines = MAXDAYS / 7 - Math.trunc(weeklines / 7);
    for (let i = 0; i < MAXDAYS / 7; i++) {
      if (0 < weeklines) {
        if (52 < weeknum) weeknum = weekNumber(m.days[i * 7], m.month, m.year, c);
        m.weeks[i] = weeknum++;
      } else m.weeks[i] = SPACE;
      weeklines--;
    }
  }
}

function headings(c: Ctl): string {
  const names = DAYS.map((_d, i) => DAYS[(i + c.weekstart) % 7]);
  return names.map((n) => center(n, c.dayWidth - 1)).join(' ');
}

function header(ms: Month[], c: Ctl): string {
  let out = '';
  const sep = (i: number) => (i < ms.length - 1 ? ' '.repeat(c.gutter) : '');
  if (c.headerHint || c.headerYear) {
    ms.forEach((m, i) => (out += center(MONTHS[m.month - 1], c.weekWidth) + sep(i)));
    if (!c.headerYear) {
      out += '\n';
      ms.forEach((m, i) => (out += center(String(m.year).padStart(4, '0'), c.weekWidth) + sep(i)));
    }
  } else ms.forEach((m, i) => (out += center(`${MONTHS[m.month - 1]} ${String(m.year).padStart(4, '0')}`, c.weekWidth) + sep(i)));
  out += '\n';
  const dh = headings(c);
  ms.forEach((_m, i) => {
    if (c.weektype) out += ' '.repeat(c.julian ? c.dayWidth - 1 : c.dayWidth);
    out += dh + sep(i);
  });
  return out + '\n';
}

function reqday(m: Month, c: Ctl): number {
  if (m.month !== c.req.month || m.year !== c.req.year) return 0;
  return c.julian ? c.req.day : c.req.day + 1 - dayInYear(c, 1, m.month, m.year);
}

function months(ms: Month[], c: Ctl): string {
  let out = '';
  const hw = c.julian ? 3 : 2;
  for (let wl = 0; wl < MAXDAYS / 7; wl++) {
    ms.forEach((m, i) => {
      const rd = reqday(m, c);
      let skip: number;
      if (c.weektype) {
        const w = m.weeks[wl];
        if (0 < w) out += (c.weektype & WEEK_NUM_MASK) === w ? c.senter + num(w, 2) + c.sexit : num(w, 2);
        else out += '  ';
        skip = c.dayWidth;
      } else skip = c.dayWidth - 1;
      for (let d = 7 * wl; d < 7 * wl + 7; d++) {
        const v = m.days[d];
        if (0 < v) out += rd === v ? ' '.repeat(skip - hw) + c.senter + num(v, hw) + c.sexit : num(v, skip);
        else out += ' '.repeat(skip);
        if (skip < c.dayWidth) skip++;
      }
      if (i < ms.length - 1) out += ' '.repeat(c.gutter);
    });
    out += '\n';
  }
  return out;
}

function vertHeader(ms: Month[], c: Ctl): string {
  const mw = c.dayWidth * (MAXDAYS / 7);
  const pad = ' '.repeat(c.dayWidth + 1);
  const g = ' '.repeat(c.gutter);
  let out = pad;
  if (c.headerHint || c.headerYear) {
    ms.forEach((m) => (out += left(MONTHS[m.month - 1], mw) + g));
    if (!c.headerYear) {
      out += '\n' + pad;
      ms.forEach((m) => (out += left(String(m.year).padStart(4, '0'), mw) + g));
    }
  } else ms.forEach((m) => (out += left(`${MONTHS[m.month - 1]} ${String(m.year).padStart(4, '0')}`, mw) + g));
  return out + '\n';
}

function vertMonths(ms: Month[], c: Ctl): string {
  let out = '';
  const hw = c.julian ? 3 : 2;
  let skip = c.dayWidth;
  for (let i = 0; i < 7; i++) {
    out += left(DAYS[(i + c.weekstart) % 7], c.dayWidth - 1);
    ms.forEach((m, k) => {
      const rd = reqday(m, c);
      for (let w = 0; w < MAXDAYS / 7; w++) {
        const v = m.days[i + 7 * w];
        if (0 < v) out += rd === v ? ' '.repeat(skip - hw) + c.senter + num(v, hw) + c.sexit : num(v, skip);
        else out += ' '.repeat(skip);
        skip = c.dayWidth;
      }
      if (k < ms.length - 1) out += ' '.repeat(c.gutter);
    });
    out += '\n';
  }
  if (!c.weektype) return out;
  out += ' '.repeat(c.dayWidth - 1);
  ms.forEach((m, k) => {
    for (let w = 0; w < MAXDAYS / 7; w++) {
      const v = m.weeks[w];
      if (0 < v) out += (c.weektype & WEEK_NUM_MASK) === v ? c.senter + num(v, skip - hw) + c.sexit : num(v, skip);
      else out += ' '.repeat(skip);
    }
    if (k < ms.length - 1) out += ' '.repeat(c.gutter);
  });
  return out + '\n';
}

function monthly(c: Ctl): string {
  let month = c.req.start || c.req.month;
  let year = c.req.year;
  if (c.span) {
    let nm = month - Math.trunc(c.numMonths / 2);
    if (nm < 1) {
      nm = -nm;
      year -= Math.trunc(nm / 12) + 1;
      if (nm > 12) nm %= 12;
      month = 12 - nm;
    } else month = nm;
  }
  const perRow = Math.min(c.inRow, 3);
  const rows = Math.trunc((c.numMonths - 1) / c.inRow);
  let out = '';
  for (let i = 0; i < rows + 1; i++) {
    let n = perRow;
    if (i === rows) {
      const r = c.numMonths % c.inRow;
      if (r === 1) n = 1;
      else if (r === 2) n = Math.min(n, 2);
    }
    const ms: Month[] = [];
    for (let k = 0; k < n; k++) {
      const m: Month = { days: [], weeks: [], month: month++, year };
      if (12 < month) {
        year++;
        month = 1;
      }
      fill(m, c);
      ms.push(m);
    }
    if (c.vertical) {
      if (i > 0) out += '\n';
      out += vertHeader(ms, c) + vertMonths(ms, c);
    } else out += header(ms, c) + months(ms, c);
  }
  return out;
}

function monthName(s: string): number {
  const i = MONTHS.findIndex((m) => m.toLowerCase() === s.toLowerCase());
  if (i >= 0) return i + 1;
  const j = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === s.toLowerCase());
  return j >= 0 ? j + 1 : -1;
}

/** strtos32_or_err(): an optionally signed decimal number that fits 32 bits. */
function s32(s: string, msg: string, fail: (m: string) => never): number {
  if (!/^\s*[-+]?\d+$/.test(s)) fail(`${msg}: '${s}'`);
  const n = Number(s);
  if (n < -2147483648 || n > 2147483647) fail(`${msg}: '${s}': Numerical result out of range`);
  return n;
}

/** The timestamps parse_timestamp() takes that a learner types: YYYY-MM-DD [HH:MM[:SS]], now, today, yesterday, tomorrow. */
function timestamp(s: string, now: number, off: number): number | null {
  const day = 86400000;
  const midnight = Math.floor((now + off * 60000) / day) * day - off * 60000;
  if (s === 'now') return now;
  if (s === 'today') return midnight;
  if (s === 'yesterday') return midnight - day;
  if (s === 'tomorrow') return midnight + day;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - off * 60000;
}

function* cal(ctx: CommandContext): CommandRun {
  const fail = (m: string): never => {
    ctx.err(`cal: ${m}\n`);
    throw new Fail();
  };
  try {
    ctx.out(run(ctx, fail));
    return 0;
  } catch (e) {
    if (e instanceof Fail) return 1;
    throw e;
  }
}

function run(ctx: CommandContext, fail: (m: string) => never): string {
  const o = ctx.opts!;
  const c: Ctl = {
    reform: 1752, weekstart: 0, weektype: 0, dayWidth: 3, weekWidth: 0, gutter: 2, julian: false, headerYear: false, headerHint: false,
    vertical: false, numMonths: 0, span: false, inRow: 0, req: { day: 0, month: 0, year: 0, week: 0, start: 0 }, senter: SENTER, sexit: SEXIT,
  };
  let yflag = false;
  let Yflag = false;
  const excl = o.list.filter((x) => ['twelve', 'months', 'year'].includes(x.key)).map((x) => x.key);
  if (new Set(excl).size > 1) fail('mutually exclusive arguments: --twelve --months --year');
  let color: string | null = null;
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'one') c.numMonths = 1;
    else if (key === 'three') (c.numMonths = 3), (c.span = true);
    else if (key === 'sunday') c.weekstart = 0;
    else if (key === 'monday') c.weekstart = 1;
    else if (key === 'julian') (c.julian = true), (c.dayWidth = 4);
    else if (key === 'year') yflag = true;
    else if (key === 'twelve') Yflag = true;
    else if (key === 'months') {
      if (!/^\s*\+?\d+$/.test(v) || Number(v) > 0xffffffff) fail(`invalid month argument: '${v}'`);
      c.numMonths = Number(v);
    } else if (key === 'span') c.span = true;
    else if (key === 'week') {
      if (value !== true) {
        c.req.week = s32(v, 'invalid week argument', fail);
        if (c.req.week < 1 || 54 < c.req.week) fail('illegal week value: use 1-54');
      }
      c.weektype = WEEK_NUM_US;
    } else if (key === 'color') {
      color = value === true ? 'auto' : v;
      if (!['auto', 'always', 'never'].includes(color)) fail(`unsupported color mode: ${v}`);
    } else if (key === 'reform') {
      const r: Record<string, number> = { gregorian: GREGORIAN, iso: GREGORIAN, '1752': 1752, julian: JULIAN };
      if (!(v.toLowerCase() in r)) fail(`invalid --reform value: '${v}'`);
      c.reform = r[v.toLowerCase()];
    } else if (key === 'iso') c.reform = GREGORIAN;
    else if (key === 'vertical') c.vertical = true;
  }
  if (c.weektype) {
    c.weektype = (c.req.week & WEEK_NUM_MASK) | (c.weekstart === 1 ? WEEK_NUM_ISO : WEEK_NUM_US);
    c.weekWidth = c.dayWidth * 7 + 3;
  } else c.weekWidth = c.dayWidth * 7;
  c.weekWidth -= 1;

  let args = ctx.operands ?? [];
  const tz = (ms: number) => localTm(ctx.host, ms, ctx.frame.env);
  let now = ctx.world.now;
  if (args.length === 1 && !/^\d+$/.test(args[0])) {
    const t = timestamp(args[0], now, tz(now).off);
    if (t !== null) now = t;
    else if ((c.req.month = monthName(args[0])) <= 0) fail(`failed to parse timestamp or unknown month name: ${args[0]}`);
    args = [];
  }
  const lt = tz(now);
  const local = new Date(now + lt.off * 60000);
  const ly = local.getUTCFullYear();
  const lyday = Math.round((Date.UTC(ly, local.getUTCMonth(), local.getUTCDate()) - Date.UTC(ly, 0, 1)) / 86400000) + 1;
  const a = [...args];
  if (a.length > 3) {
    ctx.err("cal: bad usage\nTry 'cal --help' for more information.\n");
    throw new Fail();
  }
  if (a.length) {
    if (a.length === 3) {
      c.req.day = s32(a.shift()!, 'illegal day value', fail);
      if (c.req.day < 1 || 31 < c.req.day) fail('illegal day value: use 1-31');
    }
    if (a.length === 2) {
      const w = a.shift()!;
      if (/^\d/.test(w)) c.req.month = s32(w, 'illegal month value: use 1-12', fail);
      else if ((c.req.month = monthName(w)) < 0) fail(`unknown month name: ${w}`);
      if (c.req.month < 1 || 12 < c.req.month) fail('illegal month value: use 1-12');
    }
    c.req.year = s32(a.shift()!, 'illegal year value', fail);
    if (c.req.year < 1) fail('illegal year value: use positive integer');
    if (c.req.year === JULIAN) fail('illegal year value');
    if (c.req.day) {
      const dm = DIM[leap(c, c.req.year) ? 1 : 0][c.req.month];
      if (c.req.day > dm) fail(`illegal day value: use 1-${dm}`);
      c.req.day = dayInYear(c, c.req.day, c.req.month, c.req.year);
    } else if (ly === c.req.year) c.req.day = lyday;
    if (!c.req.month && !c.req.week) {
      c.req.month = local.getUTCMonth() + 1;
      if (!c.numMonths) yflag = true;
    }
  } else {
    c.req.day = lyday;
    c.req.year = ly;
    if (!c.req.month) c.req.month = local.getUTCMonth() + 1;
  }
  if (0 < c.req.week) {
    let yday = weekToDay(c);
    const l = leap(c, c.req.year) ? 1 : 0;
    let m = 1;
    if (yday < 1) fail(`illegal week value: year ${c.req.year} doesn't have week ${c.req.week}`);
    while (m <= 12 && yday > DIM[l][m]) yday -= DIM[l][m++];
    if (12 < m && c.weektype & WEEK_NUM_ISO && c.req.week !== weekNumber(31, 12, c.req.year - 1, c))
      fail(`illegal week value: year ${c.req.year} doesn't have week ${c.req.week}`);
    if (!c.req.month) c.req.month = 12 < m ? 1 : m;
  }
  const yearLen = String(c.req.year).padStart(4, '0').length;
  if (MONTHS.some((m) => c.weekWidth < m.length + yearLen)) c.headerHint = true;
  // colors_init(): highlighting (standout) only on a terminal, or with --color=always
  const colors = color === 'always' || (color !== 'never' && ctx.tty);
  // setupterm(): no terminfo entry (TERM unset) or one without smso (dumb) leaves standout off
  const term = ctx.frame.env.TERM;
  if (!colors || !term || term === 'dumb') {
    c.senter = c.sexit = '';
    c.req.day = 0;
    c.weektype &= ~WEEK_NUM_MASK;
  }
  if (yflag || Yflag) {
    c.gutter = 3;
    if (!c.numMonths) c.numMonths = 12;
    if (yflag) {
      c.req.start = 1;
      c.headerYear = true;
    }
  }
  if (c.vertical) c.gutter = 1;
  if (c.numMonths > 1) {
    c.inRow = 3;
    if (ctx.tty) {
      const mw = c.julian ? 27 : 20;
      const w = Math.max(terminalWidth(ctx, 80), mw);
      const extra = (Math.trunc(w / mw) - 1) * c.gutter;
      const n = Math.trunc((w - extra) / mw);
      if (n < 3) c.inRow = n > 0 ? n : 1;
    }
  } else c.inRow = 1;
  if (!c.numMonths) c.numMonths = 1;
  let out = '';
  if (yflag || Yflag) {
    if (c.headerYear) {
      const yw = c.inRow * c.weekWidth + (c.inRow - 1) * c.gutter;
      out += center(String(c.req.year).padStart(4, '0'), yw) + '\n\n';
    }
  }
  return out + monthly(c);
}

def({ name: 'cal', summary: 'display a calendar', spec, run: cal });
