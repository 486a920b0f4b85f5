// A part of calendar_spec_from_string() and calendar_spec_next_usec() (src/shared/calendarspec.c of systemd 252):
// the shorthands and `[WEEKDAY] [YYYY-MM-DD] [HH:MM[:SS]]` with numbers or `*` in each field, in UTC.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The shorthands' normalized forms (calendarspec.c's table). */
const SHORT: Record<string, string> = {
  minutely: '*-*-* *:*:00', hourly: '*-*-* *:00:00', daily: '*-*-* 00:00:00', monthly: '*-*-01 00:00:00', weekly: 'Mon *-*-* 00:00:00',
  yearly: '*-01-01 00:00:00', annually: '*-01-01 00:00:00', quarterly: '*-01,04,07,10-01 00:00:00', semiannually: '*-01,07-01 00:00:00',
};

export interface Spec {
  normalized: string;
  weekday: number | null;
  fields: (number[] | null)[]; // year, month, day, hour, minute, second: the allowed values, null for any
}

const two = (n: number) => String(n).padStart(2, '0');

function field(v: string, min: number, max: number): number[] | null | undefined {
  if (v === '*') return null;
  const vals = v.split(',').map(Number);
  if (vals.some((x) => !Number.isInteger(x) || x < min || x > max) || v.split(',').some((x) => !/^\d+$/.test(x))) return undefined;
  return vals;
}

/** The parsed specification, or undefined when this part of the grammar does not read it. */
export function parseCalendar(input: string): Spec | undefined {
  let s = input.trim().replace(/\s+/g, ' ');
  s = SHORT[s.toLowerCase()] ?? s;
  const words = s.split(' ');
  let weekday: number | null = null;
  const w = words[0].toLowerCase();
  const wi = DAYS.findIndex((d) => d.toLowerCase() === w) >= 0 ? DAYS.findIndex((d) => d.toLowerCase() === w) : LONG_DAYS.indexOf(w);
  if (wi >= 0) {
    weekday = wi;
    words.shift();
  }
  let date = '*-*-*';
  let time = '00:00:00';
  if (words.length === 2) [date, time] = words;
  else if (words.length === 1 && words[0].includes('-')) date = words[0];
  else if (words.length === 1 && words[0].includes(':')) time = words[0];
  else if (words.length !== 0 || weekday === null) return undefined;
  const d = date.split('-');
  if (d.length === 2) d.unshift('*');
  const t = time.split(':');
  if (t.length === 2) t.push('00');
  if (d.length !== 3 || t.length !== 3) return undefined;
  const fields = [field(d[0], 1970, 2199), field(d[1], 1, 12), field(d[2], 1, 31), field(t[0], 0, 23), field(t[1], 0, 59), field(t[2], 0, 59)];
  if (fields.some((f) => f === undefined)) return undefined;
  const fmt = (f: number[] | null, width: number) => (f === null ? '*' : f.map((x) => String(x).padStart(width, '0')).join(','));
  const normalized = `${weekday === null ? '' : DAYS[weekday] + ' '}${fmt(fields[0] as number[] | null, 4)}-${fmt(fields[1] as number[] | null, 2)}-${fmt(fields[2] as number[] | null, 2)} ${fmt(fields[3] as number[] | null, 2)}:${fmt(fields[4] as number[] | null, 2)}:${fmt(fields[5] as number[] | null, 2)}`;
  return { normalized, weekday, fields: fields as (number[] | null)[] };
}

/** The first time after `after` (ms, UTC) the specification matches, or null when it never does again. */
export function nextElapse(spec: Spec, after: number): number | null {
  const ok = (f: number[] | null, v: number) => f === null || f.includes(v);
  let t = Math.floor(after / 1000) * 1000 + 1000;
  const end = after + 400 * 366 * 86_400_000;
  while (t < end) {
    const d = new Date(t);
    const [Y, M, D, h, m, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    const f = spec.fields;
    if (!ok(f[0], Y)) t = Date.UTC(Y + 1, 0, 1);
    else if (!ok(f[1], M)) t = Date.UTC(Y, M, 1);
    else if (!ok(f[2], D) || (spec.weekday !== null && d.getUTCDay() !== spec.weekday)) t = Date.UTC(Y, M - 1, D + 1);
    else if (!ok(f[3], h)) t = Date.UTC(Y, M - 1, D, h + 1);
    else if (!ok(f[4], m)) t = Date.UTC(Y, M - 1, D, h, m + 1);
    else if (!ok(f[5], s)) t += 1000;
    else return t;
  }
  return null;
}

export { two };
