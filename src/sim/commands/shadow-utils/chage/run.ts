// chage of shadow-utils 4.9 (options and help in spec.ts), after src/chage.c: -l lists the aging fields of the
// user's /etc/shadow line (list_fields(), dates as "%b %d, %Y" or with -i as YYYY-MM-DD, in UTC); anyone may list
// their own, only root another's or change them. -d/-E take a day number, -1 or a YYYY-MM-DD date (strtoday());
// -m/-M/-W/-I a number from -1 up. With no change option root is asked for each field (new_fields()).
import type { CommandContext } from '../../../context';
import type { CommandRun, User } from '../../../types';
import { writeAccounts } from '../../lib/accounts';
import { isRoot } from '../../lib/guest';
import { usageError } from '../lib';

const P = 'chage';
const help = () => import('./help');
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Fields = { lstchg: number; min: number; max: number; warn: number; inact: number; expire: number };
const KEYS = ['lstchg', 'min', 'max', 'warn', 'inact', 'expire'] as const;

/** sp_lstchg..sp_expire of a shadow line's aging part (an empty field is -1). */
export function agingFields(u: User): Fields | null {
  if (!u.shadow) return null;
  const f = u.shadow.aging.split(':');
  const n = (s: string | undefined) => (s === undefined || s === '' ? -1 : Number(s));
  return { lstchg: n(f[0]), min: n(f[1]), max: n(f[2]), warn: n(f[3]), inact: n(f[4]), expire: n(f[5]) };
}

/** The fields back as text: -1 is written as an empty field, the reserved ninth field kept. */
function agingText(f: Fields, old: string): string {
  const rest = old.split(':').slice(6);
  return [...KEYS.map((k) => (f[k] === -1 ? '' : String(f[k]))), ...(rest.length ? rest : [''])].join(':');
}

const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function printDate(day: number, isoFmt: boolean): string {
  const d = new Date(day * DAY);
  if (isoFmt) return iso(day);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()}`;
}

/** strtoday(): a day number (with an optional minus), or a date get_date() reads (here YYYY-MM-DD); -2 when bad. */
function strtoday(s: string): number {
  if (s === '') return -1;
  if (/^-? *\d*$/.test(s)) return /^-?\d+$/.test(s) ? Number(s) : -2;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return -2;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return -2;
  return Math.floor((t + DAY / 2) / DAY);
}

/** list_fields(). */
export function listFields(f: Fields, isoFmt: boolean): string {
  const date = (day: number) => printDate(day, isoFmt);
  const never = (v: number) => v < 0 || v >= 10000;
  let out = 'Last password change\t\t\t\t\t: ';
  out += f.lstchg < 0 ? 'never' : f.lstchg === 0 ? 'password must be changed' : date(f.lstchg);
  out += '\nPassword expires\t\t\t\t\t: ';
  out += f.lstchg === 0 ? 'password must be changed' : f.lstchg < 0 || never(f.max) ? 'never' : date(f.lstchg + f.max);
  out += '\nPassword inactive\t\t\t\t\t: ';
  out += f.lstchg === 0 ? 'password must be changed' : f.lstchg < 0 || f.inact < 0 || never(f.max) ? 'never' : date(f.lstchg + f.max + f.inact);
  out += '\nAccount expires\t\t\t\t\t\t: ';
  out += f.expire < 0 ? 'never' : date(f.expire);
  out += `\nMinimum number of days between password change\t\t: ${f.min}\n`;
  out += `Maximum number of days between password change\t\t: ${f.max}\n`;
  out += `Number of days of warning before password expires\t: ${f.warn}\n`;
  return out;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const set: Partial<Fields> = {};
  const dates: [string, keyof Fields][] = [['lastday', 'lstchg'], ['expiredate', 'expire']];
  const nums: [string, keyof Fields][] = [['inactive', 'inact'], ['mindays', 'min'], ['maxdays', 'max'], ['warndays', 'warn']];
  for (const [opt, key] of dates) {
    const v = o.str(opt);
    if (v === undefined) continue;
    set[key] = strtoday(v);
    if (set[key]! < -1) {
      ctx.err(`${P}: invalid date '${v}'\n`);
      return yield* usageError(ctx, help);
    }
  }
  for (const [opt, key] of nums) {
    const v = o.str(opt);
    if (v === undefined) continue;
    if (!/^\s*[-+]?\d+$/.test(v) || Number(v) < -1) {
      ctx.err(`${P}: invalid numeric argument '${v}'\n`);
      return yield* usageError(ctx, help);
    }
    set[key] = Number(v);
  }
  const names = ctx.operands ?? [];
  if (names.length !== 1) return yield* usageError(ctx, help);
  const list = o.has('list');
  const changing = Object.keys(set).length > 0;
  if (list && changing) {
    ctx.err(`${P}: do not include "l" with other flags\n`);
    return yield* usageError(ctx, help);
  }
  const root = isRoot(ctx);
  if (!root && !list) {
    ctx.err(`${P}: Permission denied.\n`);
    return 1;
  }
  const h = ctx.host;
  const u = h.users.get(names[0]);
  if (!u) {
    ctx.err(`${P}: user '${names[0]}' does not exist in /etc/passwd\n`);
    return 1;
  }
  const f: Fields = { ...(agingFields(u) ?? { lstchg: -1, min: -1, max: -1, warn: -1, inact: -1, expire: -1 }), ...set };
  if (list) {
    if (!root && ctx.frame.user !== u.name && h.users.get(ctx.frame.user)?.uid !== u.uid) {
      ctx.err(`${P}: Permission denied.\n`);
      return 1;
    }
    ctx.out(listFields(f, o.has('iso8601')));
    return 0;
  }
  if (!changing) {
    ctx.out(`Changing the aging information for ${u.name}\nEnter the new value, or press ENTER for the default\n\n`);
    const field = function* (prompt: string, value: string): Generator<{ ask: string }, string, unknown> {
      const a = (yield { ask: `\t${prompt} [${value}]: ` }) as string | null;
      if (a === null || a === undefined) return value;
      return a === '' ? value : a.trim();
    };
    const num = (s: string) => (/^\s*[-+]?\d+$/.test(s) && Number(s) >= -1 ? Number(s) : null);
    const steps: [string, keyof Fields, boolean][] = [
      ['Minimum Password Age', 'min', false], ['Maximum Password Age', 'max', false],
      ['Last Password Change (YYYY-MM-DD)', 'lstchg', true], ['Password Expiration Warning', 'warn', false],
      ['Password Inactive', 'inact', false], ['Account Expiration Date (YYYY-MM-DD)', 'expire', true],
    ];
    for (const [prompt, key, isDate] of steps) {
      const shown = isDate ? (f[key] === -1 ? '-1' : iso(f[key])) : String(f[key]);
      const a = yield* field(prompt, shown);
      const v = isDate ? (a === '-1' ? -1 : strtoday(a)) : num(a);
      if (v === null || (isDate && v <= -1 && a !== '-1')) {
        ctx.err(`${P}: error changing fields\n`);
        return 1;
      }
      f[key] = v;
    }
  }
  u.shadow = { hash: u.shadow?.hash ?? 'x', aging: agingText(f, u.shadow?.aging ?? '') };
  writeAccounts(h);
  return 0;
}
