// w of procps-ng 3.3.17 (options and help in spec.ts), as w.c's main() and showinfo() print: the uptime line
// (uptime's own), the heading, then a row per user login of the login records who reads (USER_PROCESS entries whose
// login process runs). Rocky's build shows FROM by default (configure --enable-w-from, as RHEL builds procps-ng);
// -f turns it off, -i shows the address. WHAT is the newest foreground process of the user on the terminal
// (getproc()), the login process itself when there is none (as root after `sudo -i`: sshd's).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { cpuSeconds, processes } from '../../lib/procs';
import { entries } from '../../coreutils/who/run';
import { uptimeLine } from '../uptime/run';
import { localTm } from '../../lib/clock';
import { two } from '../../../util';
import { exportedVar } from '../../../shell/vars';

const MAX_CMD_WIDTH = 512;
const MIN_CMD_WIDTH = 7;
const clamp = (n: number) => Math.min(MAX_CMD_WIDTH, Math.max(MIN_CMD_WIDTH, n));

/** print_time_ival7(): a 7-character interval. */
export function ival7(t: number, centi: number, oldstyle: boolean): string {
  if (t < 0) return '   ?   ';
  const p2 = (n: number) => String(n).padStart(2);
  if (t >= 48 * 3600) return ` ${p2(Math.floor(t / 86400))}days`;
  if (oldstyle) {
    if (t >= 3600) return ` ${p2(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)} `;
    if (t > 60) return ` ${p2(Math.floor(t / 60))}:${two(t % 60)}m`;
    return '       ';
  }
  if (t >= 3600) return ` ${p2(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}m`;
  if (t > 60) return ` ${p2(Math.floor(t / 60))}:${two(t % 60)} `;
  return ` ${p2(t)}.${two(centi)}s`;
}

/** print_logintime(): today's logins as HH:MM, older ones by weekday and hour or by date. */
function loginTime(ctx: CommandContext, at: number): string {
  const now = localTm(ctx.host, ctx.world.now, ctx.frame.env);
  const t = localTm(ctx.host, at, ctx.frame.env);
  const sameDay = now.y === t.y && now.mo === t.mo && now.d === t.d;
  if (ctx.world.now - at > 12 * 3600_000 && !sameDay) {
    if (ctx.world.now - at > 6 * 86400_000) return ` ${two(t.d)}${t.monName.padStart(3)}${two(t.y % 100)}`;
    return ` ${t.dayName.padStart(3)}${two(t.h)}  `;
  }
  return ` ${two(t.h)}:${two(t.mi)}  `;
}

/** escape_strlist() into `cells` columns: the arguments joined by spaces, cut at the width. */
function what(args: string, cells: number): string {
  let s = args.slice(0, cells);
  if (s.length === cells && s.endsWith(' ')) s = s.slice(0, -1);
  return s;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let header = true;
  let longform = true;
  let from = true;
  let ip = false;
  let ignoreuser = false;
  let oldstyle = false;
  for (const { key } of o.list) {
    if (key === 'no-header') header = false;
    else if (key === 'short') longform = false;
    else if (key === 'from') from = !from;
    else if (key === 'no-current') ignoreuser = true;
    else if (key === 'old-style') oldstyle = true;
    else if (key === 'ip-addr') [ip, from] = [true, true];
  }
  const user = ctx.operands?.[0];
  const userlen = 8;
  const fromlen = 16;
  const cols = ctx.tty ? (ctx.session.size?.().cols ?? 80) : Number(exportedVar(ctx.frame, 'COLUMNS')) || MAX_CMD_WIDTH;
  const maxcmd = clamp(clamp(cols) - (21 + userlen + (from ? fromlen : 0) + (longform ? 20 : 0)));
  let out = '';
  if (header) {
    out += uptimeLine(ctx) + '\n';
    out += 'USER'.padEnd(userlen) + ' TTY      ';
    if (from) out += 'FROM'.padEnd(fromlen - 1);
    out += longform ? '  LOGIN@   IDLE   JCPU   PCPU WHAT\n' : '   IDLE WHAT\n';
  }
  const procs = processes(ctx);
  const now = ctx.world.now;
  for (const u of entries(ctx)) {
    if (u.kind !== 'user' || !u.user || (user !== undefined && u.user !== user.slice(0, 32))) continue;
    // getproc(): the login process must exist; the terminal's processes add up to JCPU
    const login = procs.find((p) => p.pid === u.pid);
    if (!login) continue;
    const uid = ctx.host.users.get(u.user)?.uid;
    if (!ignoreuser && uid === undefined) continue;
    let best = login;
    let second: typeof login | undefined;
    let jcpu = 0;
    for (const p of procs) {
      if (p.tty !== u.line) continue;
      jcpu += cpuSeconds(p, now);
      second = p;
      if (!ignoreuser && p.uid !== uid) continue;
      if (!p.stat.includes('+')) continue;
      if (p.start <= best.start) continue;
      best = p;
    }
    void second;
    let row = u.user.slice(0, userlen).padEnd(userlen + 1) + u.line.slice(0, 8).padEnd(9);
    if (from) row += (u.host ?? '-').slice(0, fromlen).padEnd(fromlen);
    if (longform) row += loginTime(ctx, u.time);
    row += ival7(0, 0, oldstyle);
    if (longform) row += ival7(jcpu, 0, oldstyle) + ival7(cpuSeconds(best, now), 0, oldstyle);
    row += ' ' + what(best.args, maxcmd);
    out += row + '\n';
  }
  ctx.out(out);
  return 0;
}

def({ name: 'w', summary: 'Show who is logged on and what they are doing.', run });
