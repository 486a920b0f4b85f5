// uptime of procps-ng 3.3.17 (options and help in spec.ts).
import { tm, two } from '../../../util';
import { def } from '../../lib/guest';

export function uptimeText(ms: number): string {
  const mins = Math.floor(ms / 60000);
  const days = Math.floor(mins / 1440);
  const h = Math.floor((mins % 1440) / 60);
  const m = mins % 60;
  let s = '';
  if (days) s += `${days} day${days > 1 ? 's' : ''}, `;
  s += h ? `${h}:${two(m)}` : `${m} min`;
  return s;
}

def({
  name: 'uptime',
  summary: 'Tell how long the system has been running.',
  *run(ctx) {
    const t = tm(ctx.world.now);
    const up = ctx.world.now - ctx.host.bootedAt;
    if (ctx.args[0] === '-p') {
      const mins = Math.floor(up / 60000);
      ctx.out(`up ${mins >= 60 ? `${Math.floor(mins / 60)} hour${mins >= 120 ? 's' : ''}, ` : ''}${mins % 60} minute${mins % 60 === 1 ? '' : 's'}\n`);
      return 0;
    }
    const users = 1;
    const load = ctx.host.sys?.units.get('kubelet.service')?.active === 'active' ? '0.31, 0.22, 0.10' : '0.00, 0.01, 0.00';
    ctx.out(` ${two(t.h)}:${two(t.mi)}:${two(t.s)} up ${uptimeText(up)},  ${users} user,  load average: ${load}\n`);
    return 0;
  },
});
