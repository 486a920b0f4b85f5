// A part of calendar_spec_from_string(), calendar_spec_to_string() and calendar_spec_next_usec()
// (src/shared/calendarspec.c of systemd 252), in UTC: the shorthands, and `[WEEKDAYS] [DATE] [TIME]` whose fields
// hold `*` or comma-separated values, ranges (`8..18`) and repetitions (`0/15`, `8..18/2`); weekdays as lists and
// ranges of names. Time zones, `~` (days from the month's end) and fractions of seconds are not read.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The shorthands' specifications (calendarspec.c parse_calendar_spec()'s table). */
const SHORT: Record<string, string> = {
  minutely: '*-*-* *:*:00', hourly: '*-*-* *:00:00', daily: '*-*-* 00:00:00', monthly: '*-*-01 00:00:00', weekly: 'Mon *-*-* 00:00:00',
  yearly: '*-01-01 00:00:00', annually: '*-01-01 00:00:00', quarterly: '*-01,04,07,10-01 00:00:00', semiannually: '*-01,07-01 00:00:00',
};

interface Component {
  start: number;
  stop: number; // -1: none
  repeat: number; // 0: none
}

export interface Spec {
  normalized: string;
  /** bit 0 Monday … bit 6 Sunday; 0 for any day */
  weekdays: number;
  /** year, month, day, hour, minute, second: null for any */
  fields: (Component[] | null)[];
}

/** A field's chain, normalized as normalize_chain() does; undefined when it does not parse or is out of range. */
function chain(v: string, min: number, max: number): Component[] | null | undefined {
  if (v === '*') return null;
  const out: Component[] = [];
  for (const item of v.split(',')) {
    const m = /^(\d+)(?:\.\.(\d+))?(?:\/(\d+))?$/.exec(item);
    if (!m) return undefined;
    const c: Component = { start: Number(m[1]), stop: m[2] === undefined ? -1 : Number(m[2]), repeat: m[3] === undefined ? (m[2] === undefined ? 0 : 1) : Number(m[3]) };
    if (c.start < min || c.start > max || c.stop > max || (c.stop >= 0 && c.stop < c.start) || (m[3] !== undefined && c.repeat === 0)) return undefined;
    if (c.stop > c.start && c.repeat > 0) c.stop -= (c.stop - c.start) % c.repeat;
    if ((c.stop > c.start && c.repeat > 0 && c.start + c.repeat > c.stop) || c.start === c.stop) {
      c.repeat = 0;
      c.stop = -1;
    }
    out.push(c);
  }
  out.sort((a, b) => a.start - b.start || a.stop - b.stop || a.repeat - b.repeat);
  return out.filter((c, i) => i === 0 || c.start !== out[i - 1].start || c.stop !== out[i - 1].stop || c.repeat !== out[i - 1].repeat);
}

/** _format_chain(): zero-padded starts, `..stop` and `/repeat` (a range's step of 1 left out). */
function formatChain(c: Component[] | null, width: number): string {
  if (!c) return '*';
  return c.map((x) => `${String(x.start).padStart(width, '0')}${x.stop > 0 ? '..' + String(x.stop).padStart(width, '0') : ''}${x.repeat > 0 && !(x.stop > 0 && x.repeat === 1) ? '/' + x.repeat : ''}`).join(',');
}

/** format_weekdays(): runs of three days or more as ranges. */
function formatWeekdays(bits: number): string {
  let out = '';
  let l = -1;
  let x = 0;
  for (; x < 7; x++) {
    if (bits & (1 << x)) {
      if (l < 0) {
        out += (out ? ',' : '') + DAYS[x];
        l = x;
      }
    } else if (l >= 0) {
      if (x > l + 1) out += (x > l + 2 ? '..' : ',') + DAYS[x - 1];
      l = -1;
    }
  }
  if (l >= 0 && x > l + 1) out += (x > l + 2 ? '..' : ',') + DAYS[x - 1];
  return out;
}

function dayIndex(w: string): number {
  const s = w.toLowerCase();
  const i = DAYS.findIndex((d) => d.toLowerCase() === s);
  return i >= 0 ? i : LONG.indexOf(s);
}

/** The weekday bits of `Mon..Fri,Sun`, or undefined when the word is not weekdays. */
function weekdays(word: string): number | undefined {
  let bits = 0;
  for (const part of word.split(',')) {
    const [a, b] = part.split('..');
    const from = dayIndex(a);
    const to = b === undefined ? from : dayIndex(b);
    if (from < 0 || to < 0) return undefined;
    if (to >= from) for (let d = from; d <= to; d++) bits |= 1 << d;
    else for (let d = from; d <= to + 7; d++) bits |= 1 << d % 7;
  }
  return bits;
}

/** The parsed specification, or undefined when this part of the grammar does not read it. */
export function parseCalendar(input: string): Spec | undefined {
  let s = input.trim().replace(/\s+/g, ' ');
  s = SHORT[s.toLowerCase()] ?? s;
  const words = s.split(' ');
  const wd = words.length ? weekdays(words[0]) : undefined;
  if (wd !== undefined) words.shift();
  let date = '*-*-*';
  let time = '00:00:00';
  if (words.length === 2) [date, time] = words;
  else if (words.length === 1 && words[0].includes('-')) date = words[0];
  else if (words.length === 1 && words[0].includes(':')) time = words[0];
  else if (words.length !== 0 || wd === undefined) return undefined;
  const d = date.split('-');
  if (d.length === 2) d.unshift('*');
  const t = time.split(':');
  if (t.length === 2) t.push('00');
  if (d.length !== 3 || t.length !== 3) return undefined;
  const fields = [chain(d[0], 1970, 2199), chain(d[1], 1, 12), chain(d[2], 1, 31), chain(t[0], 0, 23), chain(t[1], 0, 59), chain(t[2], 0, 59)];
  if (fields.some((f) => f === undefined)) return undefined;
  const f = fields as (Component[] | null)[];
  const normalized = `${wd ? formatWeekdays(wd) + ' ' : ''}${formatChain(f[0], 4)}-${formatChain(f[1], 2)}-${formatChain(f[2], 2)} ${formatChain(f[3], 2)}:${formatChain(f[4], 2)}:${formatChain(f[5], 2)}`;
  return { normalized, weekdays: wd ?? 0, fields: f };
}

function matches(c: Component[] | null, v: number): boolean {
  if (!c) return true;
  return c.some((x) => v >= x.start && (x.stop >= 0 ? v <= x.stop : x.repeat > 0 || v === x.start) && (x.repeat > 0 ? (v - x.start) % x.repeat === 0 : true));
}

/** The first time after `after` (ms, UTC) the specification matches, or null when it never does again. */
export function nextElapse(spec: Spec, after: number): number | null {
  let t = Math.floor(after / 1000) * 1000 + 1000;
  const end = after + 400 * 366 * 86_400_000;
  while (t < end) {
    const d = new Date(t);
    const [Y, M, D, h, m, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    const f = spec.fields;
    const wday = (d.getUTCDay() + 6) % 7;
    if (!matches(f[0], Y)) t = Date.UTC(Y + 1, 0, 1);
    else if (!matches(f[1], M)) t = Date.UTC(Y, M, 1);
    else if (!matches(f[2], D) || (spec.weekdays && !(spec.weekdays & (1 << wday)))) t = Date.UTC(Y, M - 1, D + 1);
    else if (!matches(f[3], h)) t = Date.UTC(Y, M - 1, D, h + 1);
    else if (!matches(f[4], m)) t = Date.UTC(Y, M - 1, D, h, m + 1);
    else if (!matches(f[5], s)) t += 1000;
    else return t;
  }
  return null;
}
