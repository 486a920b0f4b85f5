// who and users of GNU coreutils 8.32 (options and help in each spec.ts), over the login records a Rocky guest has in
// /var/run/utmp: the boot, the run level (3), the getty waiting on tty1 (LOGIN) and the `vagrant ssh` login on
// pts/0 from the host (10.0.2.2), with its sshd process from the process table. Lines are who.c's print_line():
// name, line, time as `%Y-%m-%d %H:%M` (the en_US locale), idle and pid with -u, the host in parentheses.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { loginTime, processes } from '../../lib/procs';
import { tm, two } from '../../../util';
import { quote, quotef } from '../lib/quote';

interface Entry {
  kind: 'boot' | 'runlevel' | 'login' | 'user';
  user: string;
  line: string;
  time: number;
  pid: number;
  host?: string;
  id?: string;
}

export function entries(ctx: CommandContext): Entry[] {
  const h = ctx.host;
  const boot = h.bootedAt;
  const procs = processes(ctx);
  const sshd = procs.find((p) => /^sshd: \S+ \[priv\]$/.test(p.args));
  const getty = procs.find((p) => p.args.startsWith('/sbin/agetty'));
  const at = loginTime(ctx);
  const user = h.users.has('vagrant') ? 'vagrant' : ctx.frame.user;
  const out: Entry[] = [{ kind: 'boot', user: '', line: 'system boot', time: boot, pid: 0 }];
  if (getty) out.push({ kind: 'login', user: 'LOGIN', line: 'tty1', time: boot + 4_000, pid: getty.pid, id: 'tty1' });
  out.push({ kind: 'runlevel', user: '', line: 'run-level 3', time: boot + 5_000, pid: 0 });
  out.push({ kind: 'user', user, line: 'pts/0', time: at, pid: sshd?.pid ?? 0, host: '10.0.2.2' });
  return out;
}

const stamp = (ms: number) => {
  const t = tm(ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}`;
};

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (ops.length > 2) {
    ctx.err(`who: extra operand ${quote(ops[2])}\nTry 'who --help' for more information.\n`);
    return 1;
  }
  // who.c's main(): what each option asks for; with none of the record kinds, the users in the short form
  let [boot, login, runlevel, users, mesg, idle, exit, short, heading, mine] = [false, false, false, false, false, false, false, false, false, ops.length === 2];
  let assumptions = true;
  for (const { key } of o.list) {
    if (key === 'all') [boot, login, runlevel, users, mesg, idle, exit, assumptions] = [true, true, true, true, true, true, true, false];
    else if (key === 'boot') [boot, assumptions] = [true, false];
    else if (key === 'dead') [idle, exit, assumptions] = [true, true, false];
    else if (key === 'heading') heading = true;
    else if (key === 'login') [login, idle, assumptions] = [true, true, false];
    else if (key === 'm') mine = true;
    else if (key === 'process' || key === 'time') assumptions = false;
    else if (key === 'runlevel') [runlevel, idle, assumptions] = [true, true, false];
    else if (key === 'short') short = true;
    else if (key === 'message' || key === 'w') mesg = true;
    else if (key === 'users') [users, idle, assumptions] = [true, true, false];
  }
  if (assumptions) [users, short] = [true, true];
  if (exit) short = false;
  if (ops.length === 1 && ops[0] !== '/var/run/utmp' && ops[0] !== '/run/utmp') {
    // another record file (wtmp, or any file): not modelled beyond the logins there are now
    if (ctx.host.fs.read(ctx.resolve(ops[0])) === 'ENOENT') {
      ctx.err(`who: ${quotef(ops[0])}: No such file or directory\n`);
      return 1;
    }
  }
  const list = entries(ctx);
  if (o.has('count')) {
    const names = list.filter((e) => e.kind === 'user').map((e) => e.user);
    ctx.out(`${names.join(' ')}\n# users=${names.length}\n`);
    return 0;
  }
  const line = (user: string, state: string, ln: string, time: string, idleStr: string, pid: string, comment: string, exitStr = '') => {
    let s = user.padEnd(8) + (mesg ? ' ' + state : '') + ' ' + ln.padEnd(12) + ' ' + time.padEnd(16);
    if (idle && !short) s += ' ' + idleStr.padEnd(6);
    if (!short) s += ' ' + pid.padStart(10);
    s += ' ' + comment.padEnd(8);
    if (exit) s += ' ' + exitStr.padEnd(12);
    return s.replace(/ +$/, '') + '\n';
  };
  let out = '';
  if (heading) out += line('NAME', ' ', 'LINE', 'TIME', 'IDLE', 'PID', 'COMMENT', 'EXIT');
  for (const e of list) {
    if (e.kind === 'boot' && boot) out += line('', ' ', e.line, stamp(e.time), '', '', '');
    else if (e.kind === 'login' && login) out += line(e.user, ' ', e.line, stamp(e.time), '', String(e.pid), `id=${e.id}`);
    else if (e.kind === 'runlevel' && runlevel) out += line('', ' ', e.line, stamp(e.time), '', '', '');
    else if (e.kind === 'user' && users && (!mine || (ctx.stdin === null && !!ctx.session.jobs))) out += line(e.user, '+', e.line, stamp(e.time), '  .', String(e.pid), `(${e.host})`);
  }
  ctx.out(out);
  return 0;
}
