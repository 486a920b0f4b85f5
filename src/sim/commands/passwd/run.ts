// passwd 0.80 (passwd.c parse_args and main, libuser.c): popt reads the options (exact long names, bundled short
// ones, values attached or next); the mutually exclusive -l/-u/-d/-e/-S, the root-only checks and their statuses
// (exit(-2) → 254, exit(-3) → 253, exit(-4) → 252); lock, unlock, expire, delete, status and aging through libuser;
// a password change through PAM's passwd stack of Rocky 9 (authselect: pam_pwquality then pam_unix; pwquality's
// retry is 1, so one bad or mismatched password ends the change).
import type { CommandContext } from '../../context';
import type { CommandRun, User } from '../../types';
import { def, isRoot, linuxOnly } from '../lib/guest';
import { cryptLike, dayOf, writeAccounts } from '../lib/accounts';
import { pwqualityCheck } from './pwquality';
import { spec } from './spec';

type Flag = 'keep' | 'delete' | 'lock' | 'unlock' | 'expire' | 'force' | 'status' | 'stdin';
type Aging = 'max' | 'min' | 'warn' | 'inact';
const SHORT: Record<string, Flag | Aging | 'help'> = { k: 'keep', d: 'delete', l: 'lock', u: 'unlock', e: 'expire', f: 'force', x: 'max', n: 'min', w: 'warn', i: 'inact', S: 'status', '?': 'help' };
const LONG: Record<string, Flag | Aging | 'help' | 'usage'> = {
  'keep-tokens': 'keep', delete: 'delete', lock: 'lock', unlock: 'unlock', expire: 'expire', force: 'force', maximum: 'max',
  minimum: 'min', warning: 'warn', inactive: 'inact', status: 'status', stdin: 'stdin', help: 'help', usage: 'usage',
};
const AGING = new Set<string>(['max', 'min', 'warn', 'inact']);

/** popt's reading of argv: the flags, aging values, operands; or the bad word and popt's reason. */
function parse(args: string[]): { flags: Set<string>; aging: Map<Aging, number>; operands: string[]; show?: 'help' | 'usage' } | { bad: string; why: string } {
  const flags = new Set<string>();
  const aging = new Map<Aging, number>();
  const operands: string[] = [];
  const num = (word: string, v: string, key: Aging) => {
    // POPT_ARG_LONG: strtol over the whole word
    if (!/^\s*[-+]?\d+$/.test(v)) return { bad: v, why: 'invalid numeric value' };
    aging.set(key, Math.max(Math.min(Number(v), Number.MAX_SAFE_INTEGER), -Number.MAX_SAFE_INTEGER));
    return null;
  };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--') {
      operands.push(...args.slice(k + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const key = LONG[name];
      if (!key) return { bad: a, why: 'unknown option' };
      if (key === 'help' || key === 'usage') {
        if (eq >= 0) return { bad: a, why: 'option does not take an argument' };
        return { flags, aging, operands, show: key };
      }
      if (AGING.has(key)) {
        let v = eq < 0 ? undefined : a.slice(eq + 1);
        if (v === undefined) {
          if (k + 1 >= args.length) return { bad: a, why: 'missing argument' };
          v = args[++k];
        }
        const e = num(a, v, key as Aging);
        if (e) return e;
      } else if (eq >= 0) return { bad: a, why: 'option does not take an argument' };
      else flags.add(key);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const key = SHORT[a[j]];
      if (!key) return { bad: `-${a[j]}`, why: 'unknown option' };
      if (key === 'help') return { flags, aging, operands, show: 'help' };
      if (AGING.has(key)) {
        let v = a.slice(j + 1);
        if (!v) {
          if (k + 1 >= args.length) return { bad: `-${a[j]}`, why: 'missing argument' };
          v = args[++k];
        }
        const e = num(a, v, key as Aging);
        if (e) return e;
        break;
      }
      flags.add(key);
    }
  }
  return { flags, aging, operands };
}

/** The aging fields of a shadow line: lastchg, min, max, warn, inact, expire, reserved. */
const agingOf = (u: User) => (u.shadow?.aging ?? '::::::').split(':');
const field = (v: string | undefined) => (v === undefined || v === '' ? -1 : parseInt(v, 10));

/** libuser.c pwdb_display_status. */
function statusLine(u: User): string {
  const hash = u.shadow?.hash ?? '';
  const [lastchg, min, max, warn, inact] = agingOf(u).map(field);
  let status = 'PS';
  let msg: string;
  if (hash === '') [status, msg] = ['NP', 'Empty password.'];
  else if (hash.startsWith('!')) [status, msg] = ['LK', 'Password locked.'];
  else if (hash.startsWith('$')) {
    const kind = hash.startsWith('$1$') ? 'MD5' : hash.startsWith('$2a$') ? 'blowfish' : hash.startsWith('$5$') ? 'SHA256' : hash.startsWith('$6$') ? 'SHA512' : null;
    msg = kind ? `Password set, ${kind} crypt.` : 'Password set, unknown crypt variant.';
  } else if (hash.length < 11) {
    msg = 'Alternate authentication scheme in use.';
    if (hash[0] === '*' || hash[0] === 'x') status = 'LK';
  } else msg = 'Password set, DES crypt.';
  const date = new Date(lastchg * 86_400_000).toISOString().slice(0, 10);
  return `${u.name} ${status} ${date} ${min} ${max} ${warn} ${inact} (${msg})\n`;
}

function setAging(u: User, at: number, value: number | string) {
  const f = agingOf(u);
  while (f.length < 7) f.push('');
  f[at] = String(value);
  u.shadow = { hash: u.shadow?.hash ?? '!!', aging: f.join(':') };
}

function* passwd(ctx: CommandContext): CommandRun {
  const prog = 'passwd';
  const p = parse(ctx.args);
  if ('bad' in p) {
    ctx.err(`${prog}: bad argument ${p.bad}: ${p.why}\n`);
    return 253;
  }
  if (p.show) {
    const m = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(p.show === 'help' ? m.help : m.usage);
    return 0;
  }
  const { flags, aging, operands } = p;
  const root = isRoot(ctx);
  const exclusive = ['lock', 'unlock', 'delete', 'status', 'expire'].filter((f) => flags.has(f)).length;
  if (exclusive > 1) {
    ctx.err(`${prog}: Only one of -l, -u, -d, -S may be specified.\n`);
    return 254;
  }
  if (exclusive && aging.size) {
    ctx.err(`${prog}: Cannot mix one of -l, -u, -d, -S and one of -i, -n, -w, -x.\n`);
    return 254;
  }
  const privileged = [...flags].some((f) => f !== 'keep') || aging.size > 0;
  if (privileged && !root) {
    ctx.err('Only root can do that.\n');
    return 254;
  }
  let name = operands[0];
  if (name !== undefined) {
    if (!root) {
      ctx.err(`${prog}: Only root can specify a user name.\n`);
      return 253;
    }
    if (operands.length > 1) {
      ctx.err(`${prog}: Only one user name may be specified.\n`);
      return 253;
    }
  }
  if (privileged && name === undefined) {
    ctx.err(`${prog}: This option requires a user name.\n`);
    return 254;
  }
  name ??= ctx.frame.user;
  const u = ctx.host.users.get(name);
  if (!u) {
    ctx.err(`${prog}: Unknown user name '${name}'.\n`);
    return 252;
  }
  const hash = u.shadow?.hash ?? '!!';
  const done = (what: string, ok = 'Success') => {
    writeAccounts(ctx.host);
    ctx.out(`${what}${prog}: ${ok}\n`);
    return 0;
  };
  if (flags.has('lock')) {
    if (!hash.startsWith('!')) u.shadow = { hash: '!!' + hash, aging: u.shadow?.aging ?? '::::::' };
    return done(`Locking password for user ${name}.\n`);
  }
  if (flags.has('unlock')) {
    ctx.out(`Unlocking password for user ${name}.\n`);
    if (hash.replace(/^!+/, '') === '' && !flags.has('force')) {
      ctx.err(`${prog}: Warning: unlocked password would be empty.\n`);
      ctx.out(`${prog}: Unsafe operation (use -f to force)\n`);
      return 254;
    }
    u.shadow = { hash: hash.replace(/^!+/, ''), aging: u.shadow?.aging ?? '::::::' };
    return done('');
  }
  if (flags.has('expire')) {
    setAging(u, 0, 0);
    return done(`Expiring password for user ${name}.\n`);
  }
  if (flags.has('delete')) {
    ctx.out(`Removing password for user ${name}.\n`);
    if (hash.startsWith('!')) ctx.err(`${prog}: Note: deleting a password also unlocks the password.\n`);
    u.shadow = { hash: '', aging: u.shadow?.aging ?? '::::::' };
    u.password = '';
    return done('');
  }
  if (flags.has('status')) {
    ctx.out(statusLine(u));
    return 0;
  }
  if (aging.size) {
    const at: Record<Aging, number> = { min: 1, max: 2, warn: 3, inact: 4 };
    for (const [k, v] of aging) setAging(u, at[k], v);
    return done(`Adjusting aging data for user ${name}.\n`);
  }
  return yield* change(ctx, u, flags.has('stdin'));
}

/** The password change: passwd's PAM conversation (misc_conv: prompts on stderr, unechoed answers). */
function* change(ctx: CommandContext, u: User, fromStdin: boolean): CommandRun {
  ctx.out(`Changing password for user ${u.name}.\n`);
  const fail = function* (): CommandRun {
    // pam_fail_delay: two seconds before the error
    yield { wait: 2000 };
    ctx.err('passwd: Authentication token manipulation error\n');
    return 1;
  };
  let next: string;
  if (fromStdin) {
    // stdin_conv answers every prompt with the first line and shows no message
    next = (ctx.stdin ?? '').split('\n')[0];
    if (pwqualityCheck(next, null, u.name) !== null && !isRoot(ctx)) return yield* fail();
  } else {
    const ask = function* (prompt: string): Generator<{ ask: string; stderr: boolean; secret: boolean }, string, unknown> {
      return String((yield { ask: prompt, stderr: true, secret: true }) ?? '');
    };
    let old: string | null = null;
    if (!isRoot(ctx)) {
      // pam_unix asks the current password of a user changing their own
      old = yield* ask('Current password: ');
      if (old !== (u.password ?? '') || (u.shadow?.hash ?? '').startsWith('!')) return yield* fail();
    }
    next = yield* ask('New password: ');
    const bad = pwqualityCheck(next, old, u.name);
    if (bad !== null) {
      ctx.err(`BAD PASSWORD: ${bad}\n`);
      // enforced for users; root only gets the warning
      if (!isRoot(ctx)) return yield* fail();
    }
    const again = yield* ask('Retype new password: ');
    if (again !== next) {
      ctx.err('Sorry, passwords do not match.\n');
      return yield* fail();
    }
  }
  u.password = next;
  const f = (u.shadow?.aging ?? '::::::').split(':');
  f[0] = String(dayOf(ctx.world.now));
  u.shadow = { hash: cryptLike(`${u.name}:${next}:${ctx.world.now}`), aging: f.join(':') };
  writeAccounts(ctx.host);
  ctx.out('passwd: all authentication tokens updated successfully.\n');
  return 0;
}

def({ name: 'passwd', summary: 'update user\'s authentication tokens', available: linuxOnly, spec, run: passwd });
