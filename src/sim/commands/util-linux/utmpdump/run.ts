// utmpdump of util-linux 2.37.4 (login-utils/utmpdump.c): the records of /var/log/wtmp (the world's,
// commands/lib/wtmp.ts, as last reads them) or of /var/run/utmp (the boot and run level records, the console's
// getty, the logins still open, the ended ones as dead processes) one a line in print_utline()'s format, after
// "Utmp dump of FILE" on standard error. The PIDs of sshd's sessions and the run level record's are the simulator's.
// -r (undump) and -f (follow) are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { loginTime } from '../../lib/procs';
import { spec } from './spec';

interface Ut {
  type: number;
  pid: number;
  id: string;
  user: string;
  line: string;
  host: string;
  addr: string;
  at: number;
}

const sessionPid = (at: number) => 1000 + (Math.floor(at / 1000) % 30000);

function records(ctx: CommandContext, utmp: boolean): Ut[] {
  const h = ctx.host;
  const kernel = h.sys?.kernel ?? '';
  const recs = h.sys?.wtmp?.length ? h.sys.wtmp : [{ type: 'boot' as const, at: h.bootedAt, host: kernel }];
  const out: Ut[] = [];
  const pids = new Map<string, number>();
  for (const r of recs) {
    if (r.type === 'boot') {
      if (utmp) out.length = 0;
      out.push({ type: 2, pid: 0, id: '~~', user: 'reboot', line: '~', host: r.host ?? kernel, addr: '0.0.0.0', at: r.at });
      if (r.at + 5_000 <= ctx.world.now) out.push({ type: 1, pid: 51, id: '~~', user: 'runlevel', line: '~', host: r.host ?? kernel, addr: '0.0.0.0', at: r.at + 5_000 });
      if (utmp) out.push({ type: 6, pid: 727, id: 'tty1', user: 'LOGIN', line: 'tty1', host: '', addr: '0.0.0.0', at: r.at + 2_000 });
    } else if (r.type === 'shutdown') {
      if (!utmp) out.push({ type: 1, pid: 0, id: '~~', user: 'shutdown', line: '~', host: r.host ?? kernel, addr: '0.0.0.0', at: r.at });
    } else if (r.type === 'login') {
      const pid = sessionPid(r.at);
      pids.set(r.line!, pid);
      const rec = { type: 7, pid, id: r.line!.replace(/^p/, ''), user: r.user!, line: r.line!, host: r.host ?? '', addr: r.host && /^[\d.]+$/.test(r.host) ? r.host : '0.0.0.0', at: r.at };
      if (utmp) {
        const i = out.findIndex((u) => u.line === r.line);
        if (i >= 0) out[i] = rec;
        else out.push(rec);
      } else out.push(rec);
    } else {
      const rec = { type: 8, pid: pids.get(r.line!) ?? 0, id: r.line!.replace(/^p/, ''), user: '', line: r.line!, host: '', addr: '0.0.0.0', at: r.at };
      if (utmp) {
        const i = out.findIndex((u) => u.line === r.line);
        if (i >= 0) out[i] = rec;
      } else out.push(rec);
    }
  }
  // the session's own login when the guest recorded no ssh login (a lab that starts logged in), as last shows it
  if (ctx.frame.hostId === h.id && !recs.some((r) => r.type === 'login') && (ctx.session.depth?.() ?? 0) > 0 && h.users.has('vagrant')) {
    const at = loginTime(ctx);
    const rec = { type: 7, pid: sessionPid(at), id: 'ts/0', user: 'vagrant', line: 'pts/0', host: '10.0.2.2', addr: '10.0.2.2', at };
    const i = out.findIndex((u) => u.at > at);
    out.splice(i < 0 ? out.length : i, 0, rec);
  }
  return out;
}

function* utmpdump(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (o.has('reverse')) {
    ctx.err('utmpdump: following standard input is unsupported\n');
    return 1;
  }
  const file = ops[0] ?? '/var/run/utmp';
  const abs = ctx.resolve(file);
  const utmp = abs === '/var/run/utmp' || abs === '/run/utmp';
  const wtmp = abs === '/var/log/wtmp';
  if (abs === '/var/log/btmp') {
    if (ctx.frame.user !== 'root') {
      ctx.err(`utmpdump: cannot open ${file}: Permission denied\n`);
      return 1;
    }
    ctx.err(`Utmp dump of ${file}\n`);
    return 0;
  }
  if (!utmp && !wtmp) {
    const node = ctx.host.fs.get(abs);
    if (!node) {
      ctx.err(`utmpdump: cannot open ${file}: No such file or directory\n`);
      return 1;
    }
    // a file that is not a utmp file: its bytes read as records of 384 bytes; a short one holds none
    ctx.err(`Utmp dump of ${file}\n`);
    return 0;
  }
  ctx.err(`Utmp dump of ${file}\n`);
  let out = '';
  for (const u of records(ctx, utmp)) {
    const t = localTm(ctx.host, u.at, ctx.frame.env);
    const two = (n: number) => String(n).padStart(2, '0');
    const off = t.off;
    const stamp = `${t.y}-${two(t.mo + 1)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)},${String((u.at % 1000) * 1000).padStart(6, '0')}${off < 0 ? '-' : '+'}${two(Math.floor(Math.abs(off) / 60))}:${two(Math.abs(off) % 60)}`;
    out += `[${u.type}] [${String(u.pid).padStart(5, '0')}] [${u.id.slice(0, 4).padEnd(4)}] [${u.user.padEnd(8)}] [${u.line.padEnd(12)}] [${u.host.padEnd(20)}] [${u.addr.padEnd(15)}] [${stamp}]\n`;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'utmpdump', summary: 'dump UTMP and WTMP files in raw format', available: linuxOnly, spec, run: utmpdump });
