// lastlog of shadow-utils 4.9 (options and help in spec.ts), after src/lastlog.c: each account of /etc/passwd in
// order with its /var/log/lastlog record (a build with ll_host: the From column), "**Never logged in**" for none;
// -u a user, a UID or a range (-x, x-, x-y), -t/-b keep the records newer/older than DAYS, -S and -C (with -u, root)
// set the record to now or clear it. The records are the guest's ssh logins (commands/lib/wtmp.ts), as sshd writes
// lastlog when it writes wtmp.
import type { CommandContext } from '../../../context';
import type { CommandRun, User } from '../../../types';
import { isRoot } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { loginTime } from '../../lib/procs';
import { two } from '../../../util';

const P = 'lastlog';
const DAY = 86_400;
/** 25+1+IFNAMSIZ: the width of the From column. */
const HOSTW = 42;

type Rec = { at: number; line: string; host: string };

/** The record of each UID: the newest ssh login of its user, then what -S and -C wrote. */
function records(ctx: CommandContext): Map<number, Rec> {
  const h = ctx.host;
  const out = new Map<number, Rec>();
  const logins = (h.sys?.wtmp ?? []).filter((r) => r.type === 'login');
  for (const r of logins) {
    const u = h.users.get(r.user ?? '');
    if (u) out.set(u.uid, { at: Math.floor(r.at / 1000), line: r.line ?? '', host: r.host ?? '' });
  }
  // the session's own login when the guest recorded none (as last shows it)
  const vagrant = h.users.get('vagrant');
  if (!logins.length && vagrant && ctx.frame.hostId === h.id && (ctx.session.depth?.() ?? 0) > 0)
    out.set(vagrant.uid, { at: Math.floor(loginTime(ctx) / 1000), line: 'pts/0', host: '10.0.2.2' });
  for (const [uid, r] of Object.entries(h.sys?.lastlog ?? {})) {
    if (r.at === 0) out.delete(Number(uid));
    else out.set(Number(uid), r);
  }
  return out;
}

function usage(ctx: CommandContext): Generator<{ load: () => Promise<unknown> }, number, unknown> {
  return (function* () {
    const m = (yield { load: () => import('./help') }) as { help: string };
    ctx.err(m.help);
    return 1;
  })();
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host;
  const days = (name: string): number | null | undefined => {
    const v = o.str(name);
    if (v === undefined) return undefined;
    if (!/^\s*\+?\d+$/.test(v)) {
      ctx.err(`${P}: invalid numeric argument '${v}'\n`);
      return null;
    }
    return Number(v) * DAY;
  };
  const before = days('before');
  if (before === null) return 1;
  const time = days('time');
  if (time === null) return 1;
  let umin: number | undefined;
  let umax: number | undefined;
  const uArg = o.str('user');
  if (uArg !== undefined) {
    const u = h.users.get(uArg);
    const m = /^(\d*)(-?)(\d*)$/.exec(uArg);
    if (u) umin = umax = u.uid;
    else if (m && (m[1] || m[3]) && (m[2] || (m[1] && !m[3]))) {
      if (m[1]) umin = Number(m[1]);
      if (m[3]) umax = Number(m[3]);
      if (!m[2]) umax = umin;
    } else {
      ctx.err(`${P}: Unknown user or range: ${uArg}\n`);
      return 1;
    }
  }
  const ops = ctx.operands ?? [];
  if (ops.length) {
    ctx.err(`${P}: unexpected argument: ${ops[0]}\n`);
    return yield* usage(ctx);
  }
  const clear = o.has('clear');
  const set = o.has('set');
  if (clear && set) {
    ctx.err(`${P}: Option -C cannot be used together with option -S\n`);
    return yield* usage(ctx);
  }
  if ((clear || set) && uArg === undefined) {
    ctx.err(`${P}: Options -C and -S require option -u to specify the user\n`);
    return yield* usage(ctx);
  }
  const inRange = (u: User) => (umin === undefined || u.uid >= umin) && (umax === undefined || u.uid <= umax);
  const users = umin !== undefined && umin === umax ? [...h.users.values()].filter((u) => u.uid === umin).slice(0, 1) : [...h.users.values()].filter(inRange);
  if (clear || set) {
    if (!isRoot(ctx)) {
      ctx.err('/var/log/lastlog: Permission denied\n');
      return 1;
    }
    const sys = h.sys!;
    sys.lastlog ??= {};
    for (const u of users) sys.lastlog[u.uid] = set ? { at: Math.floor(ctx.world.now / 1000), line: 'lastlog', host: 'localhost' } : { at: 0, line: '', host: '' };
    return 0;
  }
  const recs = records(ctx);
  const now = Math.floor(ctx.world.now / 1000);
  let out = '';
  let once = false;
  for (const u of users) {
    const r = recs.get(u.uid) ?? { at: 0, line: '', host: '' };
    if (time !== undefined && now - r.at > time) continue;
    if (before !== undefined && now - r.at < before) continue;
    if (!once) {
      out += `Username         Port     From${' '.repeat(HOSTW - 3)}Latest\n`;
      once = true;
    }
    let when = '**Never logged in**';
    if (r.at) {
      const t = localTm(h, r.at * 1000, ctx.frame.env);
      when = `${t.dayName} ${t.monName} ${String(t.d).padStart(2, ' ')} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.numeric} ${t.y}`;
    }
    out += `${u.name.padEnd(16)} ${r.line.slice(0, 8).padEnd(8)} ${r.host.padEnd(HOSTW)}${when}\n`;
  }
  ctx.out(out);
  return 0;
}
