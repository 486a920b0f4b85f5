// date of GNU coreutils 8.32 (options and help in spec.ts), in the guest's time zone (lib/clock.ts: /etc/localtime,
// or TZ).
import { two } from '../../../util';
import { def } from '../../lib/guest';
import { localTm } from '../../lib/clock';

def({
  name: 'date',
  summary: 'print or set the system date and time',
  *run(ctx) {
    const f = ctx.args.find((a) => a.startsWith('+'));
    const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
    if (f) {
      const conv: Record<string, () => string> = {
        Y: () => String(t.y),
        m: () => two(t.mo + 1),
        d: () => two(t.d),
        H: () => two(t.h),
        M: () => two(t.mi),
        S: () => two(t.s),
        s: () => String(Math.floor(ctx.world.now / 1000)),
        F: () => `${t.y}-${two(t.mo + 1)}-${two(t.d)}`,
        T: () => `${two(t.h)}:${two(t.mi)}:${two(t.s)}`,
        Z: () => t.abbr,
        z: () => t.numeric,
      };
      ctx.out(f.slice(1).replace(/%([YmdHMSsFTZz])/g, (_, c: string) => conv[c]()) + '\n');
      return 0;
    }
    // the default format, "%a %b %e %H:%M:%S %Z %Y"
    ctx.out(`${t.dayName} ${t.monName} ${String(t.d).padStart(2, ' ')} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.abbr} ${t.y}\n`);
    return 0;
  },
});
