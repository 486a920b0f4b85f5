// uptime of procps-ng 3.3.17 (options and help in spec.ts). The line is proc/whattime.c's sprint_uptime(), which w
// prints as its header too; the users counted are the login records who and w read.
import type { CommandContext } from '../../../context';
import { tm, two } from '../../../util';
import { def } from '../../lib/guest';
import { entries } from '../../coreutils/who/run';
import { localTm } from '../../lib/clock';

export function uptimeText(ms: number): string {
  const mins = Math.floor(ms / 60000);
  const days = Math.floor(mins / 1440);
  const h = Math.floor((mins % 1440) / 60);
  const m = mins % 60;
  let s = '';
  if (days) s += `${days} day${days > 1 ? 's' : ''}, `;
  s += h ? `${String(h).padStart(2)}:${two(m)}` : `${m} min`;
  return s;
}

/** sprint_uptime(0): ` HH:MM:SS up ..., N user(s),  load average: a, b, c` (the local time, no newline). */
export function uptimeLine(ctx: CommandContext): string {
  const t = localTm(ctx.host, ctx.world.now);
  const users = entries(ctx).filter((e) => e.kind === 'user' && e.user).length;
  const load = ctx.host.sys?.units.get('kubelet.service')?.active === 'active' ? '0.31, 0.22, 0.10' : '0.00, 0.01, 0.00';
  return ` ${two(t.h)}:${two(t.mi)}:${two(t.s)} up ${uptimeText(ctx.world.now - ctx.host.bootedAt)}, ${String(users).padStart(2)} user${users === 1 ? '' : 's'},  load average: ${load}`;
}

def({
  name: 'uptime',
  summary: 'Tell how long the system has been running.',
  *run(ctx) {
    // uptime.c: `if (optind != argc) usage(stderr);` (the help on stderr, status 1)
    if (ctx.operands?.length) {
      ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
      return 1;
    }
    const up = ctx.world.now - ctx.host.bootedAt;
    if (ctx.args[0] === '-p') {
      const mins = Math.floor(up / 60000);
      ctx.out(`up ${mins >= 60 ? `${Math.floor(mins / 60)} hour${mins >= 120 ? 's' : ''}, ` : ''}${mins % 60} minute${mins % 60 === 1 ? '' : 's'}\n`);
      return 0;
    }
    void tm;
    ctx.out(uptimeLine(ctx) + '\n');
    return 0;
  },
});
